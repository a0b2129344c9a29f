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

describe('checkMarkdownBody on a tag split over lines', () => {
  it('catches an event attribute on the line after <img', () => {
    expect(problems('Texte.\n\n<img src="x" alt="Un schéma"\nonerror="alert(1)">')).toEqual([
      '3 contenu attribut de script (on…=) dans une balise',
    ]);
  });

  it('catches an event attribute on the line after <a, inside a paragraph', () => {
    expect(problems('Voir <a href="/x"\nonclick="alert(1)">la page</a>.')).toEqual([
      '1 contenu attribut de script (on…=) dans une balise',
    ]);
  });

  it('catches a javascript: target on the line after <a', () => {
    expect(problems('Voir <a\nhref="javascript:alert(1)">la page</a>.')).toEqual([
      '1 lien lien dangereux (javascript:alert(1))',
    ]);
  });

  it('catches a javascript: Markdown link whose target is on the next line', () => {
    expect(problems('Voir [la page](\njavascript:alert(1)).')).toEqual([
      '1 lien lien dangereux (javascript:alert(1))',
    ]);
  });

  it('catches an <img> whose alt is missing, the tag written over two lines', () => {
    expect(problems('<img\nsrc="schema.png">')).toEqual([
      '1 image balise <img> sans texte alternatif',
    ]);
  });

  it('catches a Markdown image without text whose target is on the next line', () => {
    expect(problems('Un schéma : ![](\nschema.png).')).toEqual([
      '1 image image sans texte alternatif (schema.png)',
    ]);
  });

  it('catches a forbidden tag and an event attribute in MDX JSX written over lines', () => {
    expect(problems('Texte.\n\n<iframe\n  src="https://example.org" />', true)).toEqual([
      '3 contenu balise <iframe> interdite',
    ]);
    expect(problems('<a href="/x"\n  onClick="x">lien</a>', true)).toEqual([
      '1 contenu attribut de script (on…=) dans une balise',
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

describe('checkMarkdownBody on unreadable MDX', () => {
  it('reports the line instead of throwing', () => {
    expect(problems('Texte.\n\n<Encadre>\nsans fin', true)).toEqual([
      expect.stringMatching(/^\d+ contenu MDX illisible : /),
    ]);
  });
});
