import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** A /donnees/*.json document as the site publishes it: the schema of a record, then the records. */
export interface DatasetDocument {
  schema: object;
  donnees: unknown[];
}

/**
 * Validates every record of a published dataset against the JSON Schema the same file
 * publishes, with Ajv (strict mode, formats checked by ajv-formats), as a reuser would.
 * Returns one line per problem, naming the record.
 */
export function datasetProblems(document: DatasetDocument): string[] {
  if (!document.schema || !Array.isArray(document.donnees))
    return ['le fichier doit avoir un schéma (schema) et des enregistrements (donnees)'];
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  let validate;
  try {
    validate = ajv.compile(document.schema);
  } catch (error) {
    return [`schéma JSON invalide : ${(error as Error).message}`];
  }
  if (document.donnees.length === 0) return ['aucun enregistrement'];
  return document.donnees.flatMap((record, index) => {
    if (validate(record)) return [];
    const name = (record as { id?: string })?.id ?? `n° ${index + 1}`;
    return (validate.errors ?? []).map(
      (error) =>
        `${name} : ${error.instancePath || '(enregistrement)'} ${error.message}${error.params && 'additionalProperty' in error.params ? ` (${error.params.additionalProperty})` : ''}`,
    );
  });
}
