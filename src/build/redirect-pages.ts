// The pages Astro writes for content/redirections.yaml are in English, without a language and with
// a refresh value the W3C checker refuses (« 0;url=… »). The build rewrites them in French.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fill } from '../i18n/fill.ts';
import { ui } from '../i18n/fr.ts';
import type { Redirects } from '../schemas/redirects.ts';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page served at a redirection's old address. */
export function redirectPage(to: string, siteUrl: string): string {
  const target = escape(to);
  return `<!doctype html>
<html lang="fr">
<meta charset="utf-8">
<title>${escape(ui.redirect.title)}</title>
<meta http-equiv="refresh" content="0; url=${target}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escape(new URL(to, siteUrl).href)}">
<p>${fill(escape(ui.redirect.text), { link: `<a href="${target}">${target}</a>` })}</p>
</html>
`;
}

/** Rewrites the page of each redirection Astro built; returns how many. */
export function rewriteRedirectPages(site: string, redirects: Redirects, siteUrl: string): number {
  let count = 0;
  for (const [from, to] of Object.entries(redirects)) {
    const file = join(site, from, 'index.html');
    if (!existsSync(file)) continue;
    writeFileSync(file, redirectPage(to, siteUrl));
    count++;
  }
  return count;
}
