/**
 * The French label of each value of an enum field, as metadata on its schema (`.meta(...)`), so that
 * the editor's select shows « Institutions publiques » rather than `institution-publique`. Written
 * where the field is declared, from the vocabulary it takes its values from; z.toJSONSchema() copies
 * it into the field's JSON Schema (`optionLabels`), which src/lib/cms/form-fields.ts reads.
 */
export function optionLabels(
  labels: Readonly<Record<string, string>> | readonly { id: string; label: string }[],
): { optionLabels: Record<string, string> } {
  return {
    optionLabels: Array.isArray(labels)
      ? Object.fromEntries(labels.map(({ id, label }) => [id, label]))
      : { ...(labels as Readonly<Record<string, string>>) },
  };
}
