// A method sheet's facts as data attributes, written on the library's cards (/methodes/) and on the
// booklet's sheets (/methodes/livret/), and read back by their scripts to filter them.
import type { MethodFacts } from './method-filter.ts';

interface SheetFacts {
  phases: readonly string[];
  duree: { min: number; max: number };
  participants: { min: number; max: number };
  difficulte: string;
}

/** The attributes to spread on the element that stands for a sheet. */
export function methodFactsAttributes(
  id: string,
  data: SheetFacts,
): Record<string, string | number> {
  return {
    'data-method': id,
    'data-phases': data.phases.join(' '),
    'data-duration-min': data.duree.min,
    'data-duration-max': data.duree.max,
    'data-people-min': data.participants.min,
    'data-people-max': data.participants.max,
    'data-difficulty': data.difficulte,
  };
}

/** The facts back from those attributes, in the browser. */
export function factsFromAttributes(element: HTMLElement): MethodFacts {
  const number = (name: string) => Number(element.dataset[name]);
  return {
    phases: (element.dataset['phases'] ?? '').split(' '),
    durationMin: number('durationMin'),
    durationMax: number('durationMax'),
    peopleMin: number('peopleMin'),
    peopleMax: number('peopleMax'),
    difficulty: element.dataset['difficulty'] ?? '',
  };
}
