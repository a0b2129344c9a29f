import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';
import { copyProject } from '../support/scratch-project.ts';

// A facet is declared once: adding « format » to the method facets, and its values to the sheets
// that use it, is all it takes for its schema field (and its error), its line in the facts panel,
// its filter on the library and its search filter. Nothing else under src/ changes.

const declarations = 'src/lib/facets/method-facets.ts';
const formatFacet = `  {
    kind: 'choice',
    name: 'format',
    key: 'format',
    label: 'Format',
    help: 'Comment la séance réunit les participant·e·s.',
    options: [
      { id: 'collectif', label: 'Atelier collectif' },
      { id: 'individuel', label: 'En tête-à-tête' },
    ],
    multiple: false,
    inSearch: true,
  },
] as const satisfies readonly Facet[];`;

let project: ReturnType<typeof copyProject> | undefined;
let site: ReturnType<typeof copyFixtureSite> | undefined;
afterEach(() => {
  project?.remove();
  site?.remove();
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The files of the copy's src/ that differ from this project's. */
function changedSourceFiles(projectDir: string): string[] {
  return filesUnder(join(projectDir, 'src'))
    .map((file) => relative(projectDir, file))
    .filter(
      (file) =>
        readFileSync(join(projectDir, file), 'utf8') !== readFileSync(resolve(file), 'utf8'),
    );
}

function elements(html: string, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html) as Root, 'element', (element: Element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

const hasClass = (element: Element, name: string) =>
  [element.properties.className].flat().includes(name);

describe('a facet declared once', () => {
  it('gets its schema field, its facts line, its library filter and its search filter', () => {
    project = copyProject();
    project.edit(declarations, (text) =>
      text.replace('] as const satisfies readonly Facet[];', formatFacet),
    );
    expect(changedSourceFiles(project.dir)).toEqual([declarations]);

    site = copyFixtureSite();
    site.edit('methodes/entretien.md', (t) =>
      t.replace('modalite:', 'format: individuel\nmodalite:'),
    );
    site.edit('methodes/observation.md', (t) =>
      t.replace('modalite:', 'format: collectif\nmodalite:'),
    );
    const result = buildSite(site.dir, project.dir);
    expect(result.status, result.output).toBe(0);

    // The library offers it as a filter, each value with its label.
    const library = readFileSync(join(result.outDir, 'methodes/index.html'), 'utf8');
    const fieldset = elements(library, (e) => e.tagName === 'fieldset').find((e) =>
      toText(e).trim().startsWith('Format'),
    );
    expect(fieldset && toText(fieldset)).toMatch(/Atelier collectif[\s\S]*En tête-à-tête/);
    expect(
      elements(library, (e) => e.tagName === 'input' && e.properties.name === 'format').map(
        (e) => e.properties.value,
      ),
    ).toEqual(['collectif', 'individuel']);
    // Each card carries its value for the filter script; no card says « undefined ».
    expect(library).toContain('data-facet-format="individuel"');
    expect(library).not.toContain('undefined');

    // The sheet's facts panel has its line, and the search index its filter.
    const method = readFileSync(join(result.outDir, 'methodes/entretien/index.html'), 'utf8');
    const [facts] = elements(method, (e) => e.tagName === 'dl' && hasClass(e, 'method-facts'));
    expect(facts && toText(facts)).toMatch(/Format\s*En tête-à-tête/);
    expect(
      elements(method, (e) => e.properties.dataPagefindFilter === 'format:individuel'),
    ).toHaveLength(1);
  });

  it('refuses a value outside its list, in French, with the file and the field', () => {
    project = copyProject();
    project.edit(declarations, (text) =>
      text.replace('] as const satisfies readonly Facet[];', formatFacet),
    );
    site = copyFixtureSite();
    site.edit('methodes/entretien.md', (t) => t.replace('modalite:', 'format: visio\nmodalite:'));
    site.edit('methodes/observation.md', (t) =>
      t.replace('modalite:', 'format: collectif\nmodalite:'),
    );
    const result = buildSite(site.dir, project.dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('methodes/entretien.md:8');
    expect(result.output).toMatch(
      /format — valeur inconnue « visio » — attendu : une de ces valeurs : « collectif », « individuel »/,
    );
  });

  it('refuses a sheet that leaves it out, instead of writing « undefined »', () => {
    project = copyProject();
    project.edit(declarations, (text) =>
      text.replace('] as const satisfies readonly Facet[];', formatFacet),
    );
    site = copyFixtureSite();
    site.edit('methodes/observation.md', (t) =>
      t.replace('modalite:', 'format: collectif\nmodalite:'),
    );
    const result = buildSite(site.dir, project.dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('methodes/entretien.md');
    expect(result.output).toMatch(/format — champ obligatoire manquant/);
  });
});
