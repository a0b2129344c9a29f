import { describe, expect, it } from 'vitest';
import {
  addMethodHref,
  atelierHref,
  atelierWithAdditions,
  parseAtelierQuery,
  serializeAtelier,
  methodsAtelierHref,
} from '../../src/lib/atelier/session-url.ts';
import {
  emptyAtelier,
  type DraftAtelier,
  type DraftSession,
} from '../../src/lib/atelier/session.ts';

const oneSession = (session: DraftSession, title = '', groupSize: number | null = null) => ({
  title,
  groupSize,
  sessions: [session],
});

const full: DraftAtelier = oneSession(
  {
    title: '',
    start: 9 * 60 + 30,
    available: 240,
    steps: [
      { kind: 'break', minutes: 10 },
      { kind: 'method', id: 'brise-glace', minutes: 15 },
      { kind: 'method', id: 'personas', minutes: 150 },
      { kind: 'break', minutes: 15 },
      { kind: 'break', minutes: 5 },
      { kind: 'method', id: 'carte-d-empathie', minutes: 60 },
      { kind: 'method', id: 'personas', minutes: 120 },
      { kind: 'break', minutes: 20 },
    ],
  },
  'Atelier « usager·ère·s » : 1re séance',
  12,
);

describe('the session in the address', () => {
  it('is compact and readable: sheets with their minutes, breaks by position, settings', () => {
    expect(serializeAtelier({ ...full, title: '' })).toBe(
      'v=1&m=brise-glace:15,personas:150,carte-d-empathie:60,personas:120' +
        '&pauses=0:10,2:15,2:5,4:20&debut=09:30&groupe=12&temps=240',
    );
  });

  it('reads back exactly the session it wrote (round trip), title, breaks and repeated sheets included', () => {
    const query = serializeAtelier(full);
    const parsed = parseAtelierQuery(query);
    expect(parsed.atelier).toEqual(full);
    expect(parsed.hasAtelier).toBe(true);
    expect(parsed.unknownVersion).toBe(false);
    expect(serializeAtelier(parseAtelierQuery(`?${query}`).atelier)).toBe(query);
    expect(atelierHref(full)).toBe(`/atelier/?${query}`);
  });

  it('writes nothing for an empty session with default settings', () => {
    expect(serializeAtelier(emptyAtelier())).toBe('');
    expect(atelierHref(emptyAtelier())).toBe('/atelier/');
    expect(parseAtelierQuery('').atelier).toEqual(emptyAtelier());
    expect(parseAtelierQuery('').hasAtelier).toBe(false);
  });

  it('leaves out what it cannot read instead of failing', () => {
    const parsed = parseAtelierQuery(
      '?v=1&m=personas:abc,Mauvais,ok-sheet,../x,a:30:40,b:45&pauses=9:15,1:xx,1:10&debut=25:00&groupe=0&temps=-5&titre=%20%20',
    );
    const [session] = emptyAtelier().sessions;
    expect(parsed.atelier).toEqual({
      ...emptyAtelier(),
      sessions: [
        {
          ...session,
          steps: [
            { kind: 'method', id: 'ok-sheet', minutes: null },
            { kind: 'break', minutes: 10 },
            { kind: 'method', id: 'b', minutes: 45 },
          ],
        },
      ],
    });
  });

  it('ignores a break outside its limits or past the last sheet', () => {
    expect(parseAtelierQuery('m=a&pauses=1:2,1:500,1:30,2:15').atelier.sessions[0]!.steps).toEqual([
      { kind: 'method', id: 'a', minutes: null },
      { kind: 'break', minutes: 30 },
    ]);
  });

  it('is versioned: an address of another version gives an empty atelier and says so', () => {
    const parsed = parseAtelierQuery('v=3&m=personas:120');
    expect(parsed.unknownVersion).toBe(true);
    expect(parsed.atelier).toEqual(emptyAtelier());
    // An address without a version is read as version 1 (older hand-written links).
    expect(parseAtelierQuery('m=personas:120').atelier.sessions[0]!.steps).toHaveLength(1);
  });

  it('builds the « Adapter ce parcours » link: its sheets in order, each at its shortest', () => {
    expect(methodsAtelierHref(['brise-glace', 'world-cafe', 'brise-glace'])).toBe(
      '/atelier/?v=1&m=brise-glace,world-cafe,brise-glace&debut=09:00',
    );
  });
});

describe('« Ajouter à mon atelier »', () => {
  it('is a plain link carrying only the sheet', () => {
    expect(addMethodHref('personas')).toBe('/atelier/?ajouter=personas');
    const parsed = parseAtelierQuery('?ajouter=personas');
    expect(parsed.additions).toEqual(['personas']);
    expect(parsed.hasAtelier).toBe(false);
  });

  it('adds the sheet to the atelier the page kept, once', () => {
    const kept = parseAtelierQuery('v=1&m=brise-glace:15,personas:150&groupe=8').atelier;
    const added = atelierWithAdditions(parseAtelierQuery('ajouter=carte-d-empathie'), kept);
    expect(serializeAtelier(added.atelier)).toBe(
      'v=1&m=brise-glace:15,personas:150,carte-d-empathie&debut=09:00&groupe=8',
    );
    expect(added.added).toEqual(['carte-d-empathie']);
    const again = atelierWithAdditions(parseAtelierQuery('ajouter=personas'), kept);
    expect(again.added).toEqual([]);
    expect(again.already).toEqual(['personas']);
    expect(again.atelier).toEqual(kept);
  });

  it('starts a new atelier when none was kept, and an address holding one wins over the kept one', () => {
    expect(
      atelierWithAdditions(parseAtelierQuery('ajouter=personas'), null).atelier.sessions[0]!.steps,
    ).toEqual([{ kind: 'method', id: 'personas', minutes: null }]);
    const kept = parseAtelierQuery('m=brise-glace').atelier;
    expect(
      serializeAtelier(atelierWithAdditions(parseAtelierQuery('m=world-cafe:90'), kept).atelier),
    ).toBe('v=1&m=world-cafe:90&debut=09:00');
  });

  it('adds to the last session of an atelier of several, unless any session holds the sheet', () => {
    const kept = parseAtelierQuery(
      'v=2&m=brise-glace&debut=09:00&m2=personas&debut2=14:00',
    ).atelier;
    const added = atelierWithAdditions(parseAtelierQuery('ajouter=world-cafe,brise-glace'), kept);
    expect(
      added.atelier.sessions.map((s) => s.steps.map((step) => step.kind === 'method' && step.id)),
    ).toEqual([['brise-glace'], ['personas', 'world-cafe']]);
    expect(added.already).toEqual(['brise-glace']);
  });
});

describe('an atelier of several sessions in the address', () => {
  const twoDays: DraftAtelier = {
    title: 'Démarrer le projet',
    groupSize: 8,
    sessions: [
      {
        title: 'Mardi matin',
        start: 9 * 60,
        available: 180,
        steps: [
          { kind: 'method', id: 'formuler-le-defi', minutes: 120 },
          { kind: 'break', minutes: 15 },
          { kind: 'method', id: 'cartographie-des-acteurs', minutes: null },
        ],
      },
      {
        title: '',
        start: 14 * 60 + 30,
        available: null,
        steps: [{ kind: 'method', id: 'feuille-de-route', minutes: 90 }],
      },
      { title: 'Bilan', start: 10 * 60, available: 60, steps: [] },
    ],
  };

  it('writes version 2: the first session as before, the next ones with numbered parameters', () => {
    expect(serializeAtelier(twoDays)).toBe(
      'v=2&m=formuler-le-defi:120,cartographie-des-acteurs&pauses=1:15&debut=09:00&groupe=8' +
        '&temps=180&seance=Mardi%20matin&titre=D%C3%A9marrer%20le%20projet' +
        '&m2=feuille-de-route:90&debut2=14:30&debut3=10:00&temps3=60&seance3=Bilan',
    );
  });

  it('reads back exactly the atelier it wrote, empty sessions and labels included', () => {
    const query = serializeAtelier(twoDays);
    expect(parseAtelierQuery(query).atelier).toEqual(twoDays);
    expect(serializeAtelier(parseAtelierQuery(query).atelier)).toBe(query);
  });

  it('reads every version 1 address as the one session it always gave, and writes it back unchanged', () => {
    const addresses = [
      'v=1&m=brise-glace:15,personas:150,carte-d-empathie:60,personas:120&pauses=0:10,2:15,2:5,4:20&debut=09:30&groupe=12&temps=240',
      'v=1&m=brise-glace,world-cafe,brise-glace&debut=09:00',
      'v=1&m=world-cafe:90&debut=14:00&titre=Atelier%20%C2%AB%20usager%C2%B7%C3%A8re%C2%B7s%20%C2%BB',
      'v=1&pauses=0:15&debut=09:00',
    ];
    for (const address of addresses) {
      const { atelier } = parseAtelierQuery(address);
      expect(atelier.sessions).toHaveLength(1);
      expect(serializeAtelier(atelier)).toBe(address);
    }
    // Numbered parameters mean nothing in version 1.
    expect(parseAtelierQuery('v=1&m=a&m2=b').atelier.sessions).toHaveLength(1);
  });

  it('keeps all sessions within the steps limit', () => {
    const many = Array.from({ length: 40 }, (_, i) => `s${i}`).join(',');
    const parsed = parseAtelierQuery(`v=2&m=${many}&m2=${many}`);
    expect(parsed.atelier.sessions.map((s) => s.steps.length)).toEqual([40, 20]);
  });

  it('builds a parcours’s link in the sessions it declares', () => {
    expect(
      methodsAtelierHref(
        ['a', 'b', 'c'],
        [
          { title: 'Préparation', methods: 1 },
          { title: '', methods: 2 },
        ],
      ),
    ).toBe('/atelier/?v=2&m=a&debut=09:00&seance=Pr%C3%A9paration&m2=b,c&debut2=09:00');
  });
});
