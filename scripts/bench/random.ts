/** A small seeded pseudo-random generator (mulberry32): the same seed gives the same sequence everywhere. */
export interface Random {
  /** A float in [0, 1). */
  next: () => number;
  /** A whole number in [min, max]. */
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  /** `count` distinct items, in the order drawn. */
  sample: <T>(items: readonly T[], count: number) => T[];
}

/** A 32-bit seed from a text (FNV-1a), so that each generated entry has its own stream. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)]!;
  const sample = <T>(items: readonly T[], count: number) => {
    const pool = [...items];
    const drawn: T[] = [];
    while (drawn.length < count && pool.length)
      drawn.push(pool.splice(int(0, pool.length - 1), 1)[0]!);
    return drawn;
  };
  return { next, int, pick, sample };
}
