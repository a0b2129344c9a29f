import { describe, expect, it } from 'vitest';
import {
  addAtelier,
  appendQuery,
  arrivalFor,
  atelierWithQuery,
  currentAtelier,
  deleteAtelier,
  duplicateAtelier,
  hasSteps,
  keptLimits,
  noAteliers,
  openAtelier,
  parseKeptAteliers,
  renameAtelier,
  saveAtelier,
  serializeKeptAteliers,
  methodCount,
  type KeptAteliers,
} from '../../src/lib/atelier/kept-ateliers.ts';
import { parseAtelierQuery } from '../../src/lib/atelier/session-url.ts';

const monday = '2026-12-07T09:00:00.000Z';
const tuesday = '2026-12-08T09:00:00.000Z';
const first = { id: 'a', name: 'Atelier accueil', query: 'v=1&m=brise-glace:15&debut=09:00' };
const second = { id: 'b', name: 'Atelier usagers', query: 'v=1&m=personas:120&debut=14:00' };

function twoAteliers(): KeptAteliers {
  const one = addAtelier(noAteliers(), { ...first, modified: monday });
  return addAtelier(one, { ...second, modified: tuesday });
}

describe('the ateliers kept in a browser', () => {
  it('reads back what it wrote, most recent first, the last added current', () => {
    const kept = twoAteliers();
    expect(kept.ateliers.map((a) => a.id)).toEqual(['b', 'a']);
    expect(kept.current).toBe('b');
    expect(parseKeptAteliers(serializeKeptAteliers(kept))).toEqual(kept);
  });

  it('keeps each atelier as its address query, nothing else of the atelier', () => {
    const stored = JSON.parse(serializeKeptAteliers(twoAteliers())) as {
      ateliers: Record<string, unknown>[];
    };
    expect(Object.keys(stored.ateliers[0]!).sort()).toEqual(['id', 'modified', 'name', 'query']);
    expect(stored.ateliers[1]!['query']).toBe(first.query);
  });

  it('reads nothing rather than failing on what it cannot read', () => {
    expect(parseKeptAteliers(null)).toEqual(noAteliers());
    expect(parseKeptAteliers('v=1&m=brise-glace')).toEqual(noAteliers());
    expect(parseKeptAteliers('{"v":2,"current":null,"ateliers":[]}')).toEqual(noAteliers());
    const broken = JSON.stringify({
      v: 1,
      current: 'gone',
      ateliers: [{ id: 'a', name: 'A', query: '', modified: monday }, { id: 3 }, null],
    });
    expect(parseKeptAteliers(broken)).toEqual({
      current: null,
      ateliers: [{ id: 'a', name: 'A', query: '', modified: monday }],
    });
  });

  it('never holds two ateliers under one name', () => {
    const kept = addAtelier(twoAteliers(), { ...first, id: 'c', modified: tuesday });
    expect(kept.ateliers[0]!.name).toBe('Atelier accueil (2)');
    const again = addAtelier(kept, { ...first, id: 'd', modified: tuesday });
    expect(again.ateliers[0]!.name).toBe('Atelier accueil (3)');
    expect(renameAtelier(again, 'd', 'Atelier usagers').ateliers[0]!.name).toBe(
      'Atelier usagers (2)',
    );
  });

  it('saves a change into the atelier shown, which becomes current and moves first', () => {
    const kept = saveAtelier(twoAteliers(), 'a', 'v=1&m=brise-glace:20&debut=09:00', tuesday);
    expect(kept.current).toBe('a');
    expect(kept.ateliers[0]).toEqual({
      ...first,
      query: 'v=1&m=brise-glace:20&debut=09:00',
      modified: tuesday,
    });
    expect(kept.ateliers[1]).toEqual({ ...second, modified: tuesday });
    // The same query changes nothing, not even the date.
    expect(saveAtelier(kept, 'a', kept.ateliers[0]!.query, '2030-01-01')).toBe(kept);
    expect(saveAtelier(kept, 'gone', 'v=1', tuesday)).toBe(kept);
  });

  it('renames, duplicates and deletes one atelier, leaving the others as they were', () => {
    const kept = twoAteliers();
    const renamed = renameAtelier(kept, 'a', '  Accueil, séance 1  ');
    expect(renamed.ateliers.map((a) => a.name)).toEqual(['Atelier usagers', 'Accueil, séance 1']);
    expect(renameAtelier(kept, 'a', '   ')).toBe(kept);
    expect(renameAtelier(kept, 'a', 'x'.repeat(500)).ateliers[1]!.name).toHaveLength(
      keptLimits.nameLength,
    );

    const copied = duplicateAtelier(kept, 'a', { id: 'c', name: 'Copie', modified: tuesday });
    expect(copied.ateliers[0]).toEqual({
      id: 'c',
      name: 'Copie',
      query: first.query,
      modified: tuesday,
    });
    expect(copied.current).toBe('b');

    const deleted = deleteAtelier(copied, 'b');
    expect(deleted.ateliers.map((a) => a.id)).toEqual(['c', 'a']);
    expect(deleted.current).toBeNull();
    expect(deleteAtelier(copied, 'a').current).toBe('b');
    expect(currentAtelier(openAtelier(deleted, 'a'))?.name).toBe(first.name);
    expect(openAtelier(deleted, 'gone')).toBe(deleted);
  });

  it('counts the sheets and tells an atelier in progress from an empty one', () => {
    expect(methodCount('v=1&m=brise-glace:15,personas,brise-glace:10&pauses=1:15')).toBe(2);
    expect(methodCount('')).toBe(0);
    expect(hasSteps('v=1&pauses=0:15')).toBe(true);
    expect(hasSteps('v=1&debut=10:00&titre=Vide')).toBe(false);
  });

  it('finds the kept atelier an address holds, however it is spelled', () => {
    const kept = twoAteliers();
    expect(atelierWithQuery(kept, 'debut=14:00&m=personas:120&v=1')?.id).toBe('b');
    expect(atelierWithQuery(kept, 'v=1&m=personas:90')).toBeUndefined();
    expect(atelierWithQuery(kept, '')).toBeUndefined();
  });

  it('appends another atelier’s steps after its own, keeping its own settings', () => {
    const appended = appendQuery(
      'v=1&m=brise-glace:15&debut=14:00&groupe=8&titre=Accueil',
      'v=1&m=personas:120,vote-a-gommettes:15&pauses=1:10&debut=09:00&groupe=30',
    );
    expect(appended).toBe(
      'v=1&m=brise-glace:15,personas:120,vote-a-gommettes:15&pauses=2:10&debut=14:00&groupe=8&titre=Accueil',
    );
  });
});

describe('what the planner opens', () => {
  const address = (query: string) => ({ hasAtelier: parseAtelierQuery(query).hasAtelier, query });

  it('reopens the atelier this tab showed, whatever its address and the current one', () => {
    const kept = twoAteliers();
    expect(arrivalFor(kept, address('v=1&m=world-cafe:90'), 'a')).toEqual({
      kind: 'kept',
      id: 'a',
    });
  });

  it('opens the current atelier without an atelier in the address, and nothing when none', () => {
    expect(arrivalFor(twoAteliers(), address('ajouter=personas'), null)).toEqual({
      kind: 'kept',
      id: 'b',
    });
    expect(arrivalFor(noAteliers(), address(''), 'gone')).toEqual({ kind: 'none' });
  });

  it('opens the kept atelier a link holds, without asking', () => {
    expect(arrivalFor(twoAteliers(), address(first.query), null)).toEqual({
      kind: 'kept',
      id: 'a',
    });
  });

  it('asks before a link lands over an atelier in progress, and only then', () => {
    const link = address('v=1&m=world-cafe:90,retrospective:45');
    expect(arrivalFor(twoAteliers(), link, null)).toEqual({ kind: 'link', ask: true });
    const emptied = saveAtelier(twoAteliers(), 'b', 'v=1&debut=09:00', tuesday);
    expect(arrivalFor(emptied, link, null)).toEqual({ kind: 'link', ask: false });
    expect(arrivalFor(noAteliers(), link, null)).toEqual({ kind: 'link', ask: false });
    expect(arrivalFor(twoAteliers(), address('v=99&m=x'), null)).toEqual({
      kind: 'link',
      ask: false,
    });
  });
});
