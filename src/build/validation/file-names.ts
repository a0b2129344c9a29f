/** A content file name: lower-case ASCII letters, digits and single hyphens, then the extension. */
const segmentPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Suggests a valid name for a file name an editor typed. */
export function suggestFileName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The problem with a path inside a collection folder (without extension), or undefined when it is fine. */
export function fileNameProblem(idPath: string): string | undefined {
  const bad = idPath.split('/').find((segment) => !segmentPattern.test(segment));
  if (!bad) return undefined;
  return `nom de fichier « ${bad} » non conforme (suggestion : « ${suggestFileName(bad) || 'nom-du-fichier'} »)`;
}
