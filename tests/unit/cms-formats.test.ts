import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  readFrontmatter,
  readYaml,
  sourceKey,
  writeFrontmatter,
  writeYamlFile,
} from '../../src/client/cms/formats.ts';
import { parseSourceFile } from '../../src/build/validation/source-file.ts';

// The browser editor reads and writes our files through these formats: a file saved unchanged is
// the same byte for byte, and a change rewrites the lines of the changed field only.

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(md|yaml)$/.test(name) ? [path] : [];
  });
}

const contentFiles = [
  ...files(resolve('content')),
  ...files(resolve('tests/fixtures/site')),
  ...files(resolve('tests/fixtures/edge-content')),
].filter((f) => !/(site|redirections)\.yaml$/.test(f));

const roundTrip = (text: string, path: string) =>
  path.endsWith('.md')
    ? writeFrontmatter(readFrontmatter(text), [])
    : writeYamlFile(readYaml(text), []);

describe('the editor’s formats', () => {
  it.each(contentFiles.map((f) => [f.slice(resolve('.').length + 1), f]))(
    'write %s back unchanged when nothing was edited',
    (_name, path) => {
      const text = readFileSync(path, 'utf8');
      expect(roundTrip(text, path)).toBe(text);
    },
  );

  const method = readFileSync('tests/fixtures/site/methodes/entretien.md', 'utf8');
  const lines = (text: string) => text.split('\n');
  const changedLines = (before: string, after: string) => {
    const a = lines(before);
    const b = lines(after);
    return {
      removed: a.filter((line) => !b.includes(line)),
      added: b.filter((line) => !a.includes(line)),
    };
  };

  it('rewrite only the changed field, in the style it had', () => {
    const data = readFrontmatter(method);
    const after = writeFrontmatter({ ...data, phases: ['explorer', 'evaluer'] }, []);
    expect(changedLines(method, after)).toEqual({
      removed: ['phases: [explorer]'],
      added: ['phases: [explorer, evaluer]'],
    });
    const duration = writeFrontmatter({ ...data, duree: { min: 30, max: 90 } }, []);
    expect(changedLines(method, duration)).toEqual({
      removed: ['duree: { min: 45, max: 90 }'],
      added: ['duree: { min: 30, max: 90 }'],
    });
  });

  it('place a new field after the one before it in the schema, and drop what the form leaves empty', () => {
    const data = readFrontmatter(method);
    const order = Object.keys(data).filter((k) => k !== sourceKey);
    order.splice(order.indexOf('derniere_revue'), 0, 'sans_source_francaise');
    const after = writeFrontmatter(
      {
        ...data,
        sans_source_francaise: 'Aucune fiche publique en français.',
        materiel: ['Un carnet', ''],
      },
      order,
    );
    expect(after).toContain(
      'sans_source_francaise: Aucune fiche publique en français.\nderniere_revue: 2026-11-25\n',
    );
    expect(after).toContain('materiel: [Un carnet]\n');
    const cleared = writeFrontmatter({ ...data, sans_source_francaise: '' }, order);
    expect(cleared).toBe(method);
  });

  it('write a new entry as the site reads it: dates as dates, quotes where YAML needs them, the body after a blank line', () => {
    const text = writeFrontmatter(
      {
        titre: 'Atelier : questions',
        phases: ['explorer'],
        duree: { min: 30, max: 60 },
        materiel: ['Des post-it', 'Un tableau'],
        methodes_liees: [],
        sources: [{ titre: 'Une source', url: 'https://example.org', date: '' }],
        derniere_revue: '2026-11-30',
        body: '## Déroulé\n\n1. Écrire.',
      },
      [],
    );
    expect(text).toBe(
      [
        '---',
        'titre: "Atelier : questions"',
        'phases: [explorer]',
        'duree: { min: 30, max: 60 }',
        'materiel:',
        '  - Des post-it',
        '  - Un tableau',
        'sources:',
        '  - titre: Une source',
        '    url: https://example.org',
        'derniere_revue: 2026-11-30',
        '---',
        '',
        '## Déroulé',
        '',
        '1. Écrire.',
        '',
      ].join('\n'),
    );
    const parsed = parseSourceFile(text, false);
    expect(parsed?.yamlErrors).toEqual([]);
    expect(parsed?.data).toMatchObject({
      titre: 'Atelier : questions',
      derniere_revue: '2026-11-30',
    });
  });

  it('write a YAML file as it was, changed fields aside', () => {
    const partner = readFileSync('tests/fixtures/site/partenaires/partenaire-essai.yaml', 'utf8');
    const data = readYaml(partner);
    const after = writeYamlFile({ ...data, territoire: 'Finistère' }, []);
    expect(parse(after)).toMatchObject({ ...parse(partner), territoire: 'Finistère' });
    expect(changedLines(partner, after).added).toEqual(['territoire: Finistère']);
  });
});
