import { describe, expect, it } from 'vitest';
import {
  addSheetHref,
  parseSessionQuery,
  serializeSession,
  sessionHref,
  sessionWithAdditions,
  sheetsSessionHref,
} from '../../src/lib/atelier/session-url.ts';
import { emptySession, type DraftSession } from '../../src/lib/atelier/session.ts';

const full: DraftSession = {
  title: 'Atelier « usager·ère·s » : 1re séance',
  start: 9 * 60 + 30,
  groupSize: 12,
  available: 240,
  steps: [
    { kind: 'break', minutes: 10 },
    { kind: 'sheet', id: 'brise-glace', minutes: 15 },
    { kind: 'sheet', id: 'personas', minutes: 150 },
    { kind: 'break', minutes: 15 },
    { kind: 'break', minutes: 5 },
    { kind: 'sheet', id: 'carte-d-empathie', minutes: 60 },
    { kind: 'sheet', id: 'personas', minutes: 120 },
    { kind: 'break', minutes: 20 },
  ],
};

describe('the session in the address', () => {
  it('is compact and readable: sheets with their minutes, breaks by position, settings', () => {
    const { title: _title, ...untitled } = full;
    expect(serializeSession({ ...untitled, title: '' })).toBe(
      'v=1&m=brise-glace:15,personas:150,carte-d-empathie:60,personas:120' +
        '&pauses=0:10,2:15,2:5,4:20&debut=09:30&groupe=12&temps=240',
    );
  });

  it('reads back exactly the session it wrote (round trip), title, breaks and repeated sheets included', () => {
    const query = serializeSession(full);
    const parsed = parseSessionQuery(query);
    expect(parsed.session).toEqual(full);
    expect(parsed.hasSession).toBe(true);
    expect(parsed.unknownVersion).toBe(false);
    expect(serializeSession(parseSessionQuery(`?${query}`).session)).toBe(query);
    expect(sessionHref(full)).toBe(`/atelier/?${query}`);
  });

  it('writes nothing for an empty session with default settings', () => {
    expect(serializeSession(emptySession())).toBe('');
    expect(sessionHref(emptySession())).toBe('/atelier/');
    expect(parseSessionQuery('').session).toEqual(emptySession());
    expect(parseSessionQuery('').hasSession).toBe(false);
  });

  it('leaves out what it cannot read instead of failing', () => {
    const parsed = parseSessionQuery(
      '?v=1&m=personas:abc,Mauvais,ok-sheet,../x,a:30:40,b:45&pauses=9:15,1:xx,1:10&debut=25:00&groupe=0&temps=-5&titre=%20%20',
    );
    expect(parsed.session).toEqual({
      ...emptySession(),
      steps: [
        { kind: 'sheet', id: 'ok-sheet', minutes: null },
        { kind: 'break', minutes: 10 },
        { kind: 'sheet', id: 'b', minutes: 45 },
      ],
    });
  });

  it('ignores a break outside its limits or past the last sheet', () => {
    expect(parseSessionQuery('m=a&pauses=1:2,1:500,1:30,2:15').session.steps).toEqual([
      { kind: 'sheet', id: 'a', minutes: null },
      { kind: 'break', minutes: 30 },
    ]);
  });

  it('is versioned: an address of another version gives an empty session and says so', () => {
    const parsed = parseSessionQuery('v=2&m=personas:120');
    expect(parsed.unknownVersion).toBe(true);
    expect(parsed.session.steps).toEqual([]);
    // An address without a version is read as version 1 (older hand-written links).
    expect(parseSessionQuery('m=personas:120').session.steps).toHaveLength(1);
  });

  it('builds the « Adapter ce parcours » link: its sheets in order, each at its shortest', () => {
    expect(sheetsSessionHref(['brise-glace', 'world-cafe', 'brise-glace'])).toBe(
      '/atelier/?v=1&m=brise-glace,world-cafe,brise-glace&debut=09:00',
    );
  });
});

describe('« Ajouter à mon atelier »', () => {
  it('is a plain link carrying only the sheet', () => {
    expect(addSheetHref('personas')).toBe('/atelier/?ajouter=personas');
    const parsed = parseSessionQuery('?ajouter=personas');
    expect(parsed.additions).toEqual(['personas']);
    expect(parsed.hasSession).toBe(false);
  });

  it('adds the sheet to the session the page kept, once', () => {
    const kept = parseSessionQuery('v=1&m=brise-glace:15,personas:150&groupe=8').session;
    const added = sessionWithAdditions(parseSessionQuery('ajouter=carte-d-empathie'), kept);
    expect(serializeSession(added.session)).toBe(
      'v=1&m=brise-glace:15,personas:150,carte-d-empathie&debut=09:00&groupe=8',
    );
    expect(added.added).toEqual(['carte-d-empathie']);
    const again = sessionWithAdditions(parseSessionQuery('ajouter=personas'), kept);
    expect(again.added).toEqual([]);
    expect(again.already).toEqual(['personas']);
    expect(again.session).toEqual(kept);
  });

  it('starts a new session when none was kept, and an address holding a session wins over the kept one', () => {
    expect(sessionWithAdditions(parseSessionQuery('ajouter=personas'), null).session.steps).toEqual(
      [{ kind: 'sheet', id: 'personas', minutes: null }],
    );
    const kept = parseSessionQuery('m=brise-glace').session;
    expect(
      serializeSession(sessionWithAdditions(parseSessionQuery('m=world-cafe:90'), kept).session),
    ).toBe('v=1&m=world-cafe:90&debut=09:00');
  });
});
