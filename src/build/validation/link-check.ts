import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A link in the built site that leads nowhere. */
export interface BrokenLink {
  /** The page holding the link, relative to the output folder (methodes/persona/index.html). */
  page: string;
  link: string;
  problem: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const decodeEntities = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');

/** The file a site path is served from, or undefined. */
function targetFile(dist: string, pathname: string): string | undefined {
  const path = decodeURIComponent(pathname);
  const candidates = path.endsWith('/')
    ? [join(dist, path, 'index.html')]
    : [join(dist, path), join(dist, path, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/**
 * Checks every internal link and #anchor of a built site: the page exists, the
 * anchor exists on it, and no link points to localhost. `siteUrl` is the
 * production address: absolute links to it count as internal.
 */
export function checkLinks(dist: string, siteUrl: string): BrokenLink[] {
  const site = new URL(siteUrl);
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set(
        [...readFileSync(file, 'utf8').matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) =>
          decodeEntities(m[1]!),
        ),
      );
      idsCache.set(file, ids);
    }
    return ids;
  };
  // Most links lead to the same few pages (menu, footer): each address is looked up on disk once.
  const targets = new Map<string, string | undefined>();
  const targetOf = (pathname: string) => {
    if (!targets.has(pathname)) targets.set(pathname, targetFile(dist, pathname));
    return targets.get(pathname);
  };
  /** What is wrong with a link found on a page, or undefined. */
  const problemOf = (link: string, pageUrl: URL): string | undefined => {
    let url: URL;
    try {
      url = new URL(link, pageUrl);
    } catch {
      return 'adresse invalide';
    }
    if (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/.test(url.hostname))
      return 'lien vers localhost';
    if (url.origin !== site.origin) return undefined;
    const target = targetOf(url.pathname);
    if (!target) return 'page introuvable';
    const anchor = decodeURIComponent(url.hash.slice(1));
    // « #/collections/… » is a route of the browser editor's own (Decap CMS), not an anchor.
    if (anchor.startsWith('/')) return undefined;
    if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor))
      return `ancre « #${anchor} » introuvable sur la page`;
    return undefined;
  };
  // A link from the site's root (/methodes/…) means the same on every page: it is judged once.
  const rootLinkProblems = new Map<string, string | undefined>();
  const broken: BrokenLink[] = [];
  for (const file of htmlFiles(dist)) {
    const page = relative(dist, file);
    const html = readFileSync(file, 'utf8');
    const pageUrl = new URL(`/${page.replace(/index\.html$/, '')}`, site);
    for (const match of html.matchAll(/<(?:a|link|area)\b[^>]*?\shref="([^"]*)"/g)) {
      const link = decodeEntities(match[1]!);
      let problem: string | undefined;
      if (link.startsWith('/') && !link.startsWith('//')) {
        if (!rootLinkProblems.has(link)) rootLinkProblems.set(link, problemOf(link, pageUrl));
        problem = rootLinkProblems.get(link);
      } else {
        problem = problemOf(link, pageUrl);
      }
      if (problem) broken.push({ page, link, problem });
    }
  }
  return broken;
}

/** Where an editor fixes a broken link: the content file and line that write it, when one does. */
export interface LocatedLink extends BrokenLink {
  /** Content file, relative to the project root, and its line; absent when a template writes the link. */
  file?: string;
  line?: number;
}

function contentFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return contentFiles(path);
    return /\.(md|mdx|ya?ml)$/.test(name) ? [path] : [];
  });
}

/**
 * Finds, for each broken link, the content lines that write it (a sheet's link shows on its page
 * and in the booklets: it is reported once, at its line, with the pages it breaks).
 */
export function locateBrokenLinks(
  broken: BrokenLink[],
  contentDir: string,
  projectRoot = process.cwd(),
): LocatedLink[] {
  const files = contentFiles(contentDir).map((path) => ({
    file: relative(projectRoot, path),
    lines: readFileSync(path, 'utf8').split('\n'),
  }));
  const located: LocatedLink[] = [];
  const seen = new Map<string, LocatedLink>();
  for (const link of broken) {
    const written = [`](${link.link})`, `](${link.link} `, `"${link.link}"`, `: ${link.link}`];
    const places = files.flatMap(({ file, lines }) =>
      lines.flatMap((text, index) =>
        written.some((form) => text.includes(form)) ? [{ file, line: index + 1 }] : [],
      ),
    );
    if (!places.length) {
      located.push(link);
      continue;
    }
    for (const place of places) {
      const key = `${place.file}:${place.line}:${link.link}`;
      const known = seen.get(key);
      if (known) known.page += `, ${link.page}`;
      else {
        const entry = { ...link, ...place };
        seen.set(key, entry);
        located.push(entry);
      }
    }
  }
  return located;
}

/** The build's error message for broken links, in the format of `npm run check`. */
export function describeBrokenLinks(links: LocatedLink[]): string {
  const lines = links.map((l) =>
    l.file
      ? `${l.file}:${l.line} — lien « ${l.link} » — ${l.problem} (page ${l.page}) — attendu : l’adresse d’une page du site, ou une redirection si la page a changé d’adresse`
      : `${l.page} — lien « ${l.link} » — ${l.problem} — attendu : un lien corrigé dans le gabarit (src/), aucun fichier de contenu ne l’écrit`,
  );
  return `${links.length} lien(s) cassé(s) :\n${lines.join('\n')}`;
}
