import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/validation/check-content.ts';
import { parcoursAtelierHref, parcoursSessions } from '../../src/lib/atelier/parcours-atelier.ts';
import { parseAtelierQuery } from '../../src/lib/atelier/session-url.ts';
import { formatClock } from '../../src/lib/atelier/clock.ts';
import { buildSchedule } from '../../src/lib/atelier/schedule.ts';
import { resolveAtelier } from '../../src/lib/atelier/session.ts';
import { factsOf, method } from '../support/atelier-methods.ts';

const steps = (...ids: string[]) => ids.map((id) => ({ methode: { id }, pourquoi: '…' }));

describe('a parcours in the planner', () => {
  it('opens as one session when its front matter declares none', () => {
    const parcours = { etapes: steps('a', 'b', 'c') };
    expect(parcoursSessions(parcours)).toEqual([{ title: '', methods: 3 }]);
    expect(parcoursAtelierHref(parcours)).toBe('/atelier/?v=1&m=a,b,c&debut=09:00');
  });

  it('opens as one session per declared séance, each with its own times', () => {
    const parcours = {
      etapes: steps('a', 'b', 'c'),
      seances: [{ titre: 'La préparation', etapes: 1 }, { etapes: 2 }],
    };
    const { atelier } = parseAtelierQuery(
      new URL(parcoursAtelierHref(parcours), 'https://x').search,
    );
    expect(
      atelier.sessions.map((s) => [
        s.title,
        s.steps.map((step) => step.kind === 'method' && step.id),
      ]),
    ).toEqual([
      ['La préparation', ['a']],
      ['', ['b', 'c']],
    ]);
    const resolved = resolveAtelier(
      atelier,
      factsOf(
        method('a', { duree: { min: 60, max: 90 } }),
        method('b', { duree: { min: 45, max: 60 } }),
        method('c', { duree: { min: 30, max: 60 } }),
      ),
    ).atelier;
    // Each session starts at its own time, not after the previous one.
    expect(
      resolved.sessions.map((s) => {
        const schedule = buildSchedule(s);
        return `${formatClock(schedule.start)}–${formatClock(schedule.end)}`;
      }),
    ).toEqual(['9\u00A0h–10\u00A0h', '9\u00A0h–10\u00A0h\u00A015']);
  });
});

describe('the parcours of the site', () => {
  it('« Je démarre un projet », a workshop per step over weeks, opens as one session per step', () => {
    const { entries } = checkContent('content');
    const entry = entries.find(
      (e) => e.collection === 'parcours' && e.id === 'je-demarre-un-projet',
    );
    const data = entry?.data as unknown as Parameters<typeof parcoursSessions>[0];
    expect(parcoursSessions(data)).toHaveLength(data.etapes.length);
    expect(parcoursSessions(data).length).toBeGreaterThan(1);
  }, 20_000);

  it('a séances field that does not cover the steps is an error in French, with its file, line and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tilab-parcours-'));
    try {
      cpSync('content', dir, { recursive: true });
      const file = join(dir, 'parcours', 'je-demarre-un-projet.md');
      const text = readFileSync(file, 'utf8').replace(
        /seances:\n(?: {2}- etapes: 1\n)+/,
        'seances:\n  - etapes: 2\n  - etapes: 0\n',
      );
      writeFileSync(file, text);
      const problems = checkContent(dir)
        .problems.filter((p) => p.file.endsWith('je-demarre-un-projet.md'))
        .map((p) => `${p.line} ${p.field} — ${p.problem ?? ''} — ${p.expected}`);
      const line = text.split('\n').indexOf('seances:') + 1;
      expect(problems).toContain(
        `${line + 2} seances.1.etapes — valeur trop petite (0) — au moins une étape par séance`,
      );
      writeFileSync(file, text.replace('etapes: 0', 'etapes: 1'));
      const uncovered = checkContent(dir)
        .problems.filter((p) => p.file.endsWith('je-demarre-un-projet.md'))
        .map((p) => `${p.line} ${p.field} — ${p.expected}`);
      expect(uncovered).toEqual([
        `${line + 1} seances — des séances qui couvrent les 6 étapes, chacune une seule fois (elles en couvrent 3)`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 20_000);
});
