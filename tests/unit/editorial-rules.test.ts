import { describe, expect, it } from 'vitest';
import {
  checkEditorialRules,
  normaliseParagraph,
  type EditorialEntry,
} from '../../src/build/validation/editorial-rules.ts';

const words = (n: number, word = 'atelier') => Array.from({ length: n }, () => word).join(' ');
const steps = '1. Ouvrir (5 min).\n2. Écrire (10 min).\n3. Lire (10 min).';
const entry = (over: Partial<EditorialEntry>): EditorialEntry => ({
  collection: 'methodes',
  file: 'content/methodes/a.md',
  data: { titre: 'A', resume: 'Résumé A' },
  body: `${words(260)}\n\n${steps}`,
  bodyLine: 10,
  lineOf: () => 2,
  ...over,
});
const study = (file: string, body: string) =>
  entry({ collection: 'projets', file, data: { titre: file }, body, bodyLine: 12 });

describe('editorial rules, as npm run check applies them', () => {
  it('accept a sheet with enough words and steps', () => {
    expect(checkEditorialRules([entry({})])).toEqual([]);
  });

  it('ask a sheet for 250 words and 3 numbered steps, at the body’s line', () => {
    const problems = checkEditorialRules([entry({ body: `${words(40)}\n\n1. Seul (5 min).` })]);
    expect(problems.map((p) => [p.line, p.problem])).toEqual([
      [10, 'texte trop court pour servir en atelier (42 mots)'],
      [10, 'déroulé de 1 étape(s) numérotée(s)'],
    ]);
  });

  it('refuse a title or summary another sheet has', () => {
    const problems = checkEditorialRules([
      entry({}),
      entry({ file: 'content/methodes/b.md', data: { titre: 'a', resume: 'Autre' } }),
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/methodes/b.md',
        field: 'titre',
        problem: 'titre déjà utilisé par content/methodes/a.md',
      }),
    ]);
  });

  it('refuse placeholder text', () => {
    const problems = checkEditorialRules([entry({ body: `${words(260)} TODO\n\n${steps}` })]);
    expect(problems.map((p) => p.problem)).toEqual(['texte provisoire « TODO »']);
  });
});

describe('case studies share no paragraph', () => {
  const filler =
    'Le projet relève d’une politique publique et la source le rattache à une démarche de design de service centrée sur les usagers, qui les place au centre.';

  it('normalises case, punctuation and links before comparing', () => {
    expect(normaliseParagraph('Le [Ti Lab](/le-ti-lab/), « ici » !')).toBe('le ti lab ici');
  });

  it('fail on a paragraph of 20 words or more found in two case studies, at its line', () => {
    const problems = checkEditorialRules([
      study('content/projets/a.md', `## Le projet\n\n${filler}`),
      study('content/projets/b.md', `Un texte propre.\n\n${filler.toUpperCase()}`),
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/projets/b.md',
        line: 14,
        problem: 'paragraphe repris de content/projets/a.md',
      }),
    ]);
  });

  it('fail on a reworded copy too', () => {
    const reworded = filler
      .replace('Le projet relève', 'Ce projet concerne')
      .replace('qui les place', 'plaçant');
    expect(
      checkEditorialRules([
        study('content/projets/a.md', filler),
        study('content/projets/b.md', reworded),
      ]),
    ).toHaveLength(1);
  });

  it('let short paragraphs and different texts be', () => {
    expect(
      checkEditorialRules([
        study('content/projets/a.md', `Ce que l’on ne sait pas.\n\n${filler}`),
        study('content/projets/b.md', `Ce que l’on ne sait pas.\n\n${words(30, 'médiation')}`),
      ]),
    ).toEqual([]);
  });
});

describe('contact', () => {
  const page = entry({
    collection: 'pages',
    file: 'content/pages/eco.md',
    body: 'Un texte.\n\nPour toute question, contactez-nous.',
  });

  it('no page invites readers to write while the site gives no contact', () => {
    expect(checkEditorialRules([page], { hasContact: false })).toEqual([
      expect.objectContaining({ file: 'content/pages/eco.md', line: 12 }),
    ]);
    expect(checkEditorialRules([page], { hasContact: true })).toEqual([]);
  });
});

describe('legal fields', () => {
  it('the build names the empty contact among the fields the editor must supply', async () => {
    const { missingLegalFields, siteSchema } = await import('../../src/schemas/site.ts');
    const config = siteSchema.parse({
      nom: 'Ti Lab',
      sous_titre: 'Laboratoire',
      adresse_du_site: 'https://tilab.bzh',
      editeur: {},
      hebergeur: {},
    });
    expect(missingLegalFields(config)).toContain('contact_accessibilite');
  });
});
