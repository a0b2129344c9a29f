import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

// Astro writes in every page's <meta> policy the hashes of every inline script it could ever add
// (its islands' loaders, for directives this site never uses): about 540 bytes gzip a page that
// authorise nothing, since the site has no inline script or style ('self' serves its files). Each
// page keeps the hashes of its own inline <script> and <style> only: the policy is as strict or
// stricter, never looser. A policy that allows 'unsafe-inline' (the editor's, /admin/) is left as
// it is, for there hashes would switch 'unsafe-inline' off.

const hashSource = /^'sha(256|384|512)-([^']+)'$/;

/** The page with its policy's hashes reduced to those of its inline scripts and styles. */
export function withOwnHashes(html: string): string {
  const tree: Root = fromHtml(html);
  let policy: Element | undefined;
  const inline: string[] = [];
  visit(tree, 'element', (node) => {
    if (
      node.tagName === 'meta' &&
      String(node.properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy'
    )
      policy = node;
    else if ((node.tagName === 'script' && !node.properties['src']) || node.tagName === 'style')
      inline.push(
        node.children.map((child) => (child.type === 'text' ? child.value : '')).join(''),
      );
  });
  const content = String(policy?.properties['content'] ?? '');
  const start = policy?.position?.start.offset;
  const end = policy?.position?.end.offset;
  if (!policy || start === undefined || end === undefined || content.includes("'unsafe-inline'"))
    return html;
  const digests = (algorithm: string) =>
    new Set(inline.map((text) => createHash(`sha${algorithm}`).update(text).digest('base64')));
  const kept = content
    .split(';')
    .map((directive) =>
      directive
        .split(' ')
        .filter((source) => {
          const [, algorithm, digest] = hashSource.exec(source) ?? [];
          return !algorithm || digests(algorithm).has(digest!);
        })
        .join(' '),
    )
    .join(';');
  if (kept === content) return html;
  const attribute = kept.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  const rewritten = `<meta http-equiv="content-security-policy" content="${attribute}">`;
  return `${html.slice(0, start)}${rewritten}${html.slice(end)}`;
}

/** Rewrites every built page of `site` so; returns how many changed. */
export function keepOwnHashes(site: string): number {
  let changed = 0;
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    const rewritten = withOwnHashes(html);
    if (rewritten !== html) {
      writeFileSync(file, rewritten);
      changed++;
    }
  }
  return changed;
}
