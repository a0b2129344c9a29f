import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { methodSchema } from '../../src/schemas/method.ts';
import { partnerSchema } from '../../src/schemas/partner.ts';
import { projectSchema } from '../../src/schemas/project.ts';
import { plainReference } from '../../src/schemas/references.ts';
import { describeIssue } from '../../src/build/validation/french-issues.ts';
import { checkContent } from '../../src/build/validation/check-content.ts';
import { contentRoot } from '../../src/lib/content-root.ts';

const validMethod = {
  titre: 'Entretien usager',
  resume: 'Une conversation préparée.',
  phases: ['explorer'],
  duree: { min: 45, max: 90 },
  participants: { min: 1, max: 2 },
  difficulte: 'decouverte',
  modalite: 'en-presence',
  materiel: ['Un carnet'],
  preparation: ['Un guide'],
  conseils: ['Écouter'],
  pieges: ['Questions fermées'],
  administration: ['RGPD'],
  sources: [{ titre: 'Source', url: 'https://example.org' }],
  derniere_revue: '2026-11-25',
};

/** The French problems a schema reports for some data, keyed by field path. */
function frenchProblems(
  schema: {
    safeParse: (d: unknown) => { success: boolean; error?: { issues: z.core.$ZodIssue[] } };
  },
  data: Record<string, unknown>,
) {
  const result = schema.safeParse(data);
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [
      issue.path.join('.'),
      describeIssue(issue, issue.path.length ? data[String(issue.path[0])] : data),
    ]),
  );
}

describe('the real content', () => {
  it('passes every schema and cross-check', () => {
    const { problems, entries } = checkContent(contentRoot());
    expect(problems.map((p) => `${p.file} ${p.field} ${p.problem}`)).toEqual([]);
    expect(entries.length).toBeGreaterThan(20);
  });
});

describe('method schema', () => {
  const schema = methodSchema(plainReference);

  it('accepts a complete sheet and defaults related methods to none', () => {
    const result = schema.parse(validMethod);
    expect(result.methodes_liees).toEqual([]);
  });

  it('names a missing field in French', () => {
    const { titre: _omitted, ...withoutTitle } = validMethod;
    expect(frenchProblems(schema, withoutTitle).titre).toEqual({
      problem: 'champ obligatoire manquant',
      expected: 'un texte',
    });
  });

  it('rejects a field it does not know, such as a typo, instead of dropping it', () => {
    expect(frenchProblems(schema, { ...validMethod, modalté: 'les-deux' })['']).toEqual({
      problem: 'champ(s) inconnu(s) : modalté',
      expected: 'uniquement les champs décrits dans CONTRIBUTING.md',
    });
  });

  it('asks how to run the method remotely, unless it is done in person only', () => {
    expect(frenchProblems(schema, validMethod).a_distance).toBeUndefined();
    expect(frenchProblems(schema, { ...validMethod, modalite: 'les-deux' }).a_distance).toEqual({
      problem: 'champ manquant',
      expected: 'comment la mener à distance, puisque modalite vaut « les-deux »',
    });
    expect(
      frenchProblems(schema, { ...validMethod, modalite: 'a-distance', a_distance: 'En visio.' }),
    ).toEqual({});
  });

  it('asks for a French source, or the reason there is none', () => {
    const english = [{ titre: 'Guide', url: 'https://example.org/', langue: 'en' }];
    expect(frenchProblems(schema, { ...validMethod, sources: english }).sources?.expected).toBe(
      'au moins une source en français, ou le champ « sans_source_francaise » qui dit pourquoi il n’en existe pas',
    );
    expect(
      frenchProblems(schema, {
        ...validMethod,
        sources: english,
        sans_source_francaise: 'Aucune description publique en français.',
      }),
    ).toEqual({});
    expect(
      frenchProblems(schema, { ...validMethod, sans_source_francaise: 'Plus vrai.' })
        .sans_source_francaise?.problem,
    ).toBe('valeur incohérente (« Plus vrai. »)');
  });

  it('lists the allowed values of a wrong enum', () => {
    const problems = frenchProblems(schema, { ...validMethod, difficulte: 'facile' });
    expect(problems.difficulte?.problem).toBe('valeur inconnue « facile »');
    expect(problems.difficulte?.expected).toContain('« decouverte »');
  });

  it('rejects a duration whose minimum exceeds its maximum', () => {
    expect(
      frenchProblems(schema, { ...validMethod, duree: { min: 90, max: 30 } })['duree.max']
        ?.expected,
    ).toBe('un minimum inférieur ou égal au maximum');
  });

  it('rejects a date not written AAAA-MM-JJ', () => {
    expect(
      frenchProblems(schema, { ...validMethod, derniere_revue: '25/11/2026' }).derniere_revue
        ?.expected,
    ).toBe('une date au format AAAA-MM-JJ');
  });

  it('rejects a source without web address', () => {
    expect(schema.safeParse({ ...validMethod, sources: [{ titre: 'Sans adresse' }] }).success).toBe(
      false,
    );
  });

  it('rejects a title over 120 characters', () => {
    expect(frenchProblems(schema, { ...validMethod, titre: 'x'.repeat(121) }).titre?.expected).toBe(
      'un titre de 120 caractères au plus',
    );
  });
});

describe('project schema', () => {
  const schema = projectSchema(plainReference);
  const validProject = {
    titre: 'Projet',
    resume: 'Résumé.',
    objectif: 'preuves-de-concept',
    debut: 2019,
    fin: 2020,
    statut: 'termine',
    territoire: 'Bretagne',
    sources: [{ titre: 'Source', url: 'https://example.org' }],
  };

  it('accepts a sourced project', () => {
    expect(schema.safeParse(validProject).success).toBe(true);
  });

  it('rejects a project without source', () => {
    expect(frenchProblems(schema, { ...validProject, sources: [] }).sources?.expected).toBe(
      'au moins une source publique avec son adresse web',
    );
  });

  it('rejects an unknown objective type', () => {
    expect(
      frenchProblems(schema, { ...validProject, objectif: 'autre' }).objectif?.expected,
    ).toContain('« ameliorer-politiques-publiques »');
  });

  it('rejects an end year before the start', () => {
    expect(frenchProblems(schema, { ...validProject, debut: 2021, fin: 2019 }).fin?.expected).toBe(
      'une année de fin égale ou postérieure à l’année de début',
    );
  });

  it('requires an end year once finished', () => {
    const { fin: _omitted, ...open } = validProject;
    expect(schema.safeParse(open).success).toBe(false);
    expect(schema.safeParse({ ...open, statut: 'en-cours' }).success).toBe(true);
  });
});

describe('partner schema', () => {
  it('rejects an unknown kind of partner', () => {
    const problems = frenchProblems(partnerSchema, {
      nom: 'X',
      type: 'ong',
      territoire: 'Bretagne',
      sources: [{ titre: 'S' }],
    });
    expect(problems.type?.expected).toContain('« association »');
  });
});
