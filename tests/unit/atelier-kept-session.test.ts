import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  currentAtelierHasMethods,
  earlierKeptKey,
  keptAteliersKey,
} from '../../src/client/atelier/kept-key.ts';
import {
  keepSession,
  keptSessionChange,
  readKeptAteliers,
  readKeptSession,
} from '../../src/client/atelier/kept-session.ts';
import { serializeAtelier } from '../../src/lib/atelier/session-url.ts';
import { emptyAtelier, emptySession } from '../../src/lib/atelier/session.ts';

// The browser glue around the kept ateliers (src/client/atelier/kept-session.ts), on a storage
// that behaves as the browser's: what it writes, what it moves from earlier versions, and what it
// does when the browser refuses to keep anything.

class MemoryStorage {
  private items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

class RefusingStorage {
  getItem(): string | null {
    throw new Error('SecurityError');
  }
  setItem() {
    throw new Error('SecurityError');
  }
  removeItem() {
    throw new Error('SecurityError');
  }
}

let changes = 0;
beforeEach(() => {
  changes = 0;
  vi.stubGlobal('localStorage', new MemoryStorage());
  vi.stubGlobal('sessionStorage', new MemoryStorage());
  vi.stubGlobal('window', {
    dispatchEvent: (event: Event) => event.type === keptSessionChange && changes++,
  });
  vi.useFakeTimers({ now: new Date(2026, 11, 1, 10, 30), toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the ateliers kept in this browser', () => {
  it('starts a first atelier, named after the day, at the first sheet added', () => {
    expect(readKeptSession()).toBeNull();
    keepSession('');
    expect(readKeptAteliers().ateliers).toEqual([]);
    keepSession('v=1&m=personas&debut=09:00');
    const kept = readKeptAteliers();
    expect(kept.ateliers.map((a) => a.name)).toEqual(['Atelier du 1er décembre 2026']);
    expect(kept.current).toBe(kept.ateliers[0]!.id);
    expect(readKeptSession()).toBe('v=1&m=personas&debut=09:00');
    expect(changes).toBe(2);
    expect(currentAtelierHasMethods()).toBe(true);
  });

  it('sees the sheets of any session, the first one empty or not', () => {
    const atelier = emptyAtelier();
    const second = {
      ...emptySession(),
      steps: [{ kind: 'method' as const, id: 'personas', minutes: 60 }],
    };
    const query = serializeAtelier({ ...atelier, sessions: [emptySession(), second] });
    keepSession(query);
    expect(readKeptSession()).toBe(query);
    expect(currentAtelierHasMethods()).toBe(true);
  });

  it('changes the current atelier, never another one', () => {
    keepSession('v=1&m=personas&debut=09:00');
    keepSession('v=1&m=personas,brise-glace&debut=09:00');
    expect(readKeptAteliers().ateliers).toHaveLength(1);
    expect(readKeptSession()).toBe('v=1&m=personas,brise-glace&debut=09:00');
  });

  it('moves the one atelier an earlier version kept into the list, once', () => {
    sessionStorage.setItem(earlierKeptKey, 'v=1&m=brise-glace:20&debut=09:00');
    expect(currentAtelierHasMethods()).toBe(false);
    expect(readKeptSession()).toBe('v=1&m=brise-glace:20&debut=09:00');
    expect(sessionStorage.getItem(earlierKeptKey)).toBeNull();
    expect(JSON.parse(localStorage.getItem(keptAteliersKey)!).ateliers).toHaveLength(1);
    expect(readKeptAteliers().ateliers).toHaveLength(1);

    localStorage.setItem(earlierKeptKey, 'v=1&m=personas&debut=09:00');
    expect(currentAtelierHasMethods()).toBe(true);
    // An earlier copy found once the list exists is dropped: the list is the one kept.
    expect(readKeptSession()).toBe('v=1&m=brise-glace:20&debut=09:00');
    expect(localStorage.getItem(earlierKeptKey)).toBeNull();
  });

  it('keeps nothing, and fails nothing, when the browser refuses storage', () => {
    vi.stubGlobal('localStorage', new RefusingStorage());
    expect(readKeptSession()).toBeNull();
    expect(() => keepSession('v=1&m=personas')).not.toThrow();
    expect(currentAtelierHasMethods()).toBe(false);
  });
});
