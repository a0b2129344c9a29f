import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/validation/check-content.ts';
import { paths } from '../../src/lib/urls.ts';
import { buildSite } from '../support/build-site.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';

// Issue 22: the lab's own logo, when it supplies one, named in content/site.yaml (`logo`) and shown
// in the header beside the wordmark; absent, the wordmark alone, and never a logo drawn for it.

const logo = 'logo-du-laboratoire.svg';
const drawing =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect width="40" height="20" fill="#005f73"/></svg>\n';

let site: ReturnType<typeof copyFixtureSite> | undefined;
afterEach(() => site?.remove());

/** The images inside the header's link to the home page. */
function brandImages(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html) as Root, 'element', (element: Element) => {
    const classes = element.properties.className;
    if (Array.isArray(classes) && classes.includes('site-brand'))
      visit(element, 'element', (inner: Element) => {
        if (inner.tagName === 'img') found.push(inner);
      });
  });
  return found;
}

const withLogo = (value: string) => (text: string) =>
  text.replace(/^sous_titre:.*$/m, (line) => `${line}\nlogo: ${value}`);

describe('the lab’s logo in the header', () => {
  it('is shown beside the wordmark on every page, from the lab’s own file, when site.yaml names one', () => {
    site = copyFixtureSite();
    site.write(logo, drawing);
    site.edit('site.yaml', withLogo(logo));
    const build = buildSite(site.dir);
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(join(build.outDir, paths.labLogo(logo)), 'utf8')).toBe(drawing);
    for (const page of ['index.html', 'methodes/index.html']) {
      const images = brandImages(readFileSync(join(build.outDir, page), 'utf8'));
      expect(
        images.map((img) => img.properties.src),
        page,
      ).toEqual([paths.labLogo(logo)]);
      // The name is written beside it: the image adds nothing to read aloud.
      expect(images[0]!.properties.alt, page).toBe('');
    }
  });

  it('is absent when site.yaml names none: the wordmark alone, no logo file', () => {
    const build = buildSite(copyFixtureSite().dir);
    expect(build.status, build.output).toBe(0);
    expect(brandImages(readFileSync(join(build.outDir, 'index.html'), 'utf8'))).toEqual([]);
    expect(existsSync(join(build.outDir, 'logo'))).toBe(false);
  });

  it('fails the check in French when the file named is missing, too heavy or not an image', () => {
    site = copyFixtureSite();
    const problemsWith = (value: string) => {
      site!.edit('site.yaml', (text) => withLogo(value)(text.replace(/^logo:.*\n/m, '')));
      return checkContent(site!.dir).problems.filter((p) => p.field === 'logo');
    };
    expect(problemsWith(logo)).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/site\.yaml$/),
        line: expect.any(Number),
        problem: expect.stringContaining('fichier du logo introuvable'),
      }),
    ]);
    site.write(
      logo,
      `<svg xmlns="http://www.w3.org/2000/svg"><!-- ${'x'.repeat(40_000)} --></svg>`,
    );
    expect(problemsWith(logo).map((p) => p.expected)).toEqual([
      expect.stringContaining('ko au plus'),
    ]);
    expect(problemsWith('logo.gif').map((p) => p.expected)).toEqual([
      expect.stringContaining('SVG, PNG ou WebP'),
    ]);
  });
});
