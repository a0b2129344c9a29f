// How the endpoints answer (astro dev and preview; in production nginx sets the same type).
export const markdownType = 'text/markdown; charset=utf-8';

export const markdownResponse = (markdown: string) =>
  new Response(markdown, { headers: { 'content-type': markdownType } });

/** The static paths of a collection's copies: one per page, its address's last segment as param. */
export function copyPaths<P extends string>(
  copies: readonly { pagePath: string; markdown: string }[],
  param: P,
  segment: (pagePath: string) => string,
) {
  return copies.map((copy) => ({
    params: { [param]: segment(copy.pagePath) } as Record<P, string>,
    props: { markdown: copy.markdown },
  }));
}
