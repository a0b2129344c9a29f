import { checkContent } from '../../src/build/validation/check-content.ts';
import type { MethodData } from '../../src/schemas/method.ts';

// The library's filters, answered plainly from the content, for the browser tests to compare
// what the page shows with: independent of the filter code they check.

export const contentMethods = checkContent('content')
  .entries.filter((e) => e.collection === 'methodes')
  .map((e) => ({ id: e.id, data: e.data as MethodData }));

/** The ids, sorted, of the sheets of `phase` that fit `minutes` (at their shortest) and `people`. */
export function methodsFitting(choice: { phase: string; minutes?: number; people?: number }) {
  return contentMethods
    .filter(
      ({ data }) =>
        (data.phases as readonly string[]).includes(choice.phase) &&
        (choice.minutes === undefined || data.duree.min <= choice.minutes) &&
        (choice.people === undefined ||
          (data.participants.min <= choice.people && choice.people <= data.participants.max)),
    )
    .map((method) => method.id)
    .sort();
}
