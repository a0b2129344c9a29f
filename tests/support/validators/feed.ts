import { parseFeed } from '@rowanmanning/feed-parser';

/**
 * What a feed reader would miss in an RSS or Atom feed, read by @rowanmanning/feed-parser (a
 * parser written for feed readers, not by us): a title and link for the feed; for every item a
 * title, an absolute link, a summary, a publication date it can sort by, and categories among
 * `categoryLabels` (what a reader shows, not internal ids). One line per problem.
 */
export function feedProblems(xml: string, { categoryLabels }: { categoryLabels: string[] }) {
  let feed;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    return [`flux illisible : ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (!feed.title) problems.push('le flux n’a pas de titre');
  if (!feed.url) problems.push('le flux n’a pas d’adresse');
  if (feed.items.length === 0) problems.push('le flux n’a aucun élément');
  const known = new Set(categoryLabels);
  feed.items.forEach((item, index) => {
    const name = item.title ?? item.url ?? `élément n° ${index + 1}`;
    if (!item.title) problems.push(`${name} : pas de titre`);
    if (!item.url || !/^https?:\/\//.test(item.url)) problems.push(`${name} : pas de lien absolu`);
    if (!item.description) problems.push(`${name} : pas de résumé`);
    if (!(item.published instanceof Date) || Number.isNaN(item.published.getTime()))
      problems.push(`${name} : pas de date de publication lisible`);
    if (item.categories.length === 0) problems.push(`${name} : pas de catégorie`);
    for (const category of item.categories)
      if (!category.label || !known.has(category.label))
        problems.push(`${name} : catégorie « ${category.label} » inconnue (attendu : un libellé)`);
  });
  return problems;
}
