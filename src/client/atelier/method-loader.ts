// Fetches the facts of the sheets a session holds (/atelier/fiches/<id>.json), each once.
import { isMethodFacts, type MethodFacts } from '../../lib/atelier/method-facts.ts';
import { paths } from '../../lib/urls.ts';

const loaded = new Map<string, MethodFacts>();

export interface LoadedMethods {
  facts: Map<string, MethodFacts>;
  /** Sheets the site does not have (any more). */
  missing: string[];
  /** Sheets that could not be fetched (network): the session must be kept as it is. */
  failed: string[];
}

export async function loadMethods(ids: readonly string[]): Promise<LoadedMethods> {
  const missing: string[] = [];
  const failed: string[] = [];
  await Promise.all(
    ids
      .filter((id) => !loaded.has(id))
      .map(async (id) => {
        try {
          const response = await fetch(paths.atelierMethodFacts(id));
          if (response.status === 404) return void missing.push(id);
          if (!response.ok) return void failed.push(id);
          const facts: unknown = await response.json();
          if (isMethodFacts(facts) && facts.id === id) loaded.set(id, facts);
          else missing.push(id);
        } catch {
          failed.push(id);
        }
      }),
  );
  return { facts: loaded, missing, failed };
}
