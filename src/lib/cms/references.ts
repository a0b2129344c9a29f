import { z } from 'astro/zod';
import type { ReferenceFactory } from '../../schemas/references.ts';

/**
 * References as the editor sees them: the id of an entry of another collection, written as text,
 * marked with that collection in the JSON Schema (`x-reference`) so that the form offers a relation.
 */
export const formReference: ReferenceFactory = (collection) =>
  z.string().min(1).meta({ 'x-reference': collection }) as never;
