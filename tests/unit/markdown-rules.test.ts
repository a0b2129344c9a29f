import { describe, expect, it } from 'vitest';
import { checkMarkdownBody, isDangerousLink } from '../../src/build/validation/markdown-rules.ts';

const problems = (body: string, isMdx = false) =>
  checkMarkdownBody(body, { isMdx }).map((f) => `${f.line} ${f.field} ${f.problem}`);

describe('checkMarkdownBody', () => {
  it('lets MDX import an author component from src/components/mdx/, and nothing else', () => {
    expect(
      problems("import Encadre from '../../src/components/mdx/Encadre.astro';\n\nTexte.", true),
    ).toEqual([]);
    expect(problems("import fs from 'node:fs';", true)).toEqual([
      '1 contenu import non autorisé en MDX',
    ]);
    expect(problems("import Page from '../../src/components/layout/Header.astro';", true)).toEqual([
      '1 contenu import non autorisé en MDX',
    ]);
    expect(problems('export const x = 1;', true)).toEqual(['1 contenu export non autorisé en MDX']);
  });

  it('does not read import lines as code in plain Markdown, nor anything inside code', () => {
    expect(
      problems(
        'import des données\n\n```\n<script>x</script>\n# pas un titre\n```\n\nLe code `<iframe>` en ligne.',
      ),
    ).toEqual([]);
  });

  it('counts lines from the body’s start', () => {
    expect(problems('## Un\n\nTexte.\n\n#### Trois')).toEqual([
      '5 contenu niveau de titre sauté (## puis ####)',
    ]);
  });
});

describe('isDangerousLink', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:x',
    'jav&#x61;script:x',
    'jav&#97;script:x',
    '%6Aavascript:x',
    'java\tscript:x',
    'data:text/html,x',
    'vbscript:x',
  ])('rejects %s', (link) => {
    expect(isDangerousLink(link)).toBe(true);
  });

  it.each([
    'https://example.org/javascript:',
    '/methodes/',
    'mailto:contact@example.org',
    '#deroule',
  ])('accepts %s', (link) => {
    expect(isDangerousLink(link)).toBe(false);
  });
});
