import { describe, expect, it } from 'vitest';
import { checkProse, yearsInProse } from '../../src/build/validation/prose-rules.ts';
import { documentedYearRange } from '../../src/lib/facets/project-facets.ts';
import { formatDate, formatMonth } from '../../src/lib/format.ts';
import { yearsLabel, offeredYears } from '../../src/lib/page-data/project-pages.ts';
import { source } from '../../src/schemas/common.ts';
import { siteSchema, unconfirmedDecisions } from '../../src/schemas/site.ts';

const today = new Date('2026-12-07T00:00:00Z');

describe('dates in French', () => {
  it('writes the first of a month « 1er », and only it', () => {
    expect(formatDate('2026-12-01')).toBe('1er décembre 2026');
    expect(formatDate('2026-12-21')).toBe('21 décembre 2026');
    expect(formatMonth('2026-12')).toBe('décembre 2026');
  });

  it('a source’s consultation month is AAAA-MM', () => {
    expect(source.safeParse({ titre: 'T', consultation: '2026-12' }).success).toBe(true);
    expect(source.safeParse({ titre: 'T', consultation: '2026-13' }).success).toBe(false);
    expect(source.safeParse({ titre: 'T', consultation: '2026-12-07' }).success).toBe(false);
  });
});

describe('prose rules on the Markdown tree', () => {
  it('ignores code, link addresses and a correct nesting', () => {
    expect(checkProse('Le `1 mai` en code, « un “mot” cité », [lien](/a/) collé ? non.')).toEqual(
      [],
    );
    expect([...yearsInProse('En 2019 ([page](https://example.org/2024/)) `2025`.').keys()]).toEqual(
      [2019],
    );
  });

  it('finds a quotation nested with guillemets across emphasis, on its line', () => {
    const findings = checkProse('Ligne un.\n\n« Une *citation « intérieure »* fautive »');
    expect(findings.map((f) => f.line)).toEqual([3]);
  });
});

describe('a case study’s last documented year', () => {
  const data = { debut: 2017, statut: 'non-precise', derniere_annee_documentee: 2023 };

  it('files the study under every year up to it, and says so in its facts', () => {
    expect(documentedYearRange(data, today)).toEqual([2017, 2023]);
    expect(yearsLabel(data)).toBe('2017 – 2023 (dernière année documentée)');
    expect(offeredYears([{ data }], today)).toContain(2020);
  });
});

describe('the publisher’s decisions', () => {
  const base = {
    nom: 'Ti Lab',
    sous_titre: 'L',
    adresse_du_site: 'https://tilab.bzh',
    editeur: {},
    hebergeur: {},
  };

  it('the licence and the address are proposed until the publisher confirms them', () => {
    const config = siteSchema.parse(base);
    expect(config.licence).toMatchObject({ nom: 'Licence Ouverte 2.0', confirmee: false });
    expect(unconfirmedDecisions(config)).toEqual(['licence', 'adresse_du_site']);
    const confirmed = siteSchema.parse({
      ...base,
      adresse_du_site_confirmee: true,
      licence: { nom: 'Licence Ouverte 2.0', adresse: 'https://example.org/lo', confirmee: true },
    });
    expect(unconfirmedDecisions(confirmed)).toEqual([]);
  });
});
