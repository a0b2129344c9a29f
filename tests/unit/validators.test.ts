import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetDocument } from '../../src/lib/open-data.ts';
import { objectives } from '../../src/vocabulary/objectives.ts';
import { serveStatic } from '../support/static-server.ts';
import { checkHtml } from '../support/validators/html-checker.ts';
import { feedProblems } from '../support/validators/feed.ts';
import { datasetProblems } from '../support/validators/open-data.ts';
import { sitemapSchemaFor, sitemapSchemas, xmlProblems } from '../support/validators/xml-check.ts';

// Each independent validator refuses something made wrong on purpose (tests/fixtures/validators/):
// a validator that cannot fail would prove nothing about the real site.
const fixtures = resolve('tests/fixtures/validators');
const fixture = (name: string) => resolve(fixtures, name);

describe('the Nu HTML Checker', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    server = await serveStatic(fixtures);
  });
  afterAll(() => server.close());

  it('reports the errors of a page made wrong on purpose', async () => {
    const messages = await checkHtml([`${server.url}/bad-page/`]);
    const errors = messages.filter((m) => m.type === 'error').map((m) => m.message);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Duplicate ID “double”/),
        expect.stringMatching(/An “img” element must have an “alt” attribute/),
        expect.stringMatching(/End tag “div” seen, but there were open elements/),
        expect.stringMatching(/Bad value “texte” for attribute “type”/),
      ]),
    );
    expect(messages.every((m) => m.url === `${server.url}/bad-page/`)).toBe(true);
  }, 60_000);
});

describe('the feed parser', () => {
  const categoryLabels = objectives.map((o) => o.label);

  it('names every item a feed reader could not sort, follow or label', () => {
    const problems = feedProblems(readFileSync(fixture('bad-feed.xml'), 'utf8'), {
      categoryLabels,
    });
    expect(problems).toEqual([
      'Sans date : pas de date de publication lisible',
      'Catégorie en identifiant : catégorie « preuves-de-concept » inconnue (attendu : un libellé)',
      'Sans résumé ni lien : pas de lien absolu',
      'Sans résumé ni lien : pas de résumé',
      'Sans résumé ni lien : pas de date de publication lisible',
    ]);
  });

  it('xmllint refuses a feed that is not well-formed, which a lenient parser would read', () => {
    expect(xmlProblems(fixture('malformed-feed.xml')).join('\n')).toMatch(
      /Opening and ending tag mismatch/,
    );
  });
});

describe('the sitemaps.org schemas (xmllint)', () => {
  it('refuse a list of pages with a page without address, a wrong date and priority', () => {
    const file = fixture('bad-sitemap.xml');
    expect(sitemapSchemaFor(readFileSync(file, 'utf8'))).toBe(sitemapSchemas.urlset);
    const problems = xmlProblems(file, sitemapSchemas.urlset).join('\n');
    expect(problems).toMatch(/lastmod.*'hier' is not a valid value/);
    expect(problems).toMatch(/:4: element priority: .*The value '2' is greater than the maximum/);
    expect(problems).toMatch(
      /:5: element lastmod: .*This element is not expected. Expected is .*loc/,
    );
  });

  it('refuse an index whose sitemap has no address', () => {
    const file = fixture('bad-sitemap-index.xml');
    expect(sitemapSchemaFor(readFileSync(file, 'utf8'))).toBe(sitemapSchemas.sitemapindex);
    expect(xmlProblems(file, sitemapSchemas.sitemapindex).join('\n')).toMatch(/loc/);
  });
});

describe('Ajv on the open data', () => {
  const site = 'https://tilab.bzh/';
  const project = {
    titre: 'Projet d’essai',
    resume: 'Un résumé.',
    objectif: 'preuves-de-concept',
    debut: 2020,
    statut: 'en-cours',
    territoire: 'Bretagne',
    sources: [{ titre: 'Une source', url: 'https://example.org/source' }],
  };

  it('accepts a record as the site publishes it, id and address included', () => {
    expect(
      datasetProblems(datasetDocument('projets', [{ id: 'essai', data: project }], site)),
    ).toEqual([]);
  });

  it('refuses records that do not match the schema the file publishes', () => {
    const document = datasetDocument(
      'projets',
      [
        { id: 'annee-en-lettres', data: { ...project, debut: 'deux mille vingt' } },
        { id: 'sans-sources', data: { ...project, sources: [] } },
        {
          id: 'adresse-fausse',
          data: { ...project, sources: [{ titre: 'x', url: 'pas une adresse' }] },
        },
      ],
      site,
    );
    expect(datasetProblems(document)).toEqual([
      'annee-en-lettres : /debut must be integer',
      'sans-sources : /sources must NOT have fewer than 1 items',
      'adresse-fausse : /sources/0/url must match format "uri"',
    ]);
  });

  it('refuses a record with a field its schema does not know', () => {
    const document = datasetDocument('partenaires', [], site);
    document.donnees.push({
      id: 'x',
      url: `${site}partenaires/#x`,
      nom: 'Partenaire',
      type: 'collectivite',
      territoire: 'Bretagne',
      sources: [{ titre: 'Une source' }],
      champ_inconnu: true,
    } as never);
    expect(datasetProblems(document)).toContain(
      'x : (enregistrement) must NOT have additional properties (champ_inconnu)',
    );
  });
});
