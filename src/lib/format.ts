/**
 * A formatter made on its first use, not when a script imports this file: making one loads the
 * locale's data, the longest step of a planner page's start in a browser that then formats none.
 */
function onFirstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const euroFormat = onFirstUse(
  () =>
    new Intl.NumberFormat('fr-FR', {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    }),
);
const numberFormat = onFirstUse(() => new Intl.NumberFormat('fr-FR'));
const dateFormat = onFirstUse(
  () =>
    new Intl.DateTimeFormat('fr-FR', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);

/** 428000 → « 428 000 € » (narrow no-break spaces, as French typography wants). */
export function formatEuros(amount: number): string {
  return euroFormat().format(amount);
}

/** 2000000 → « 2 M€ », 1400000 → « 1,4 M€ »; below a million, the full amount. */
export function formatEurosShort(amount: number): string {
  if (amount < 1_000_000) return formatEuros(amount);
  return `${numberFormat().format(Math.round(amount / 100_000) / 10)}\u00A0M€`;
}

const monthFormat = onFirstUse(
  () =>
    new Intl.DateTimeFormat('fr-FR', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);

/** « 2026-11-25 » → « 25 novembre 2026 »; the first of a month is « 1er » in French. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const words = dateFormat().format(date);
  return date.getUTCDate() === 1 ? words.replace(/^1(?=\s)/, '1er') : words;
}

/** « 2026-12 » → « décembre 2026 ». */
export function formatMonth(isoMonth: string): string {
  return monthFormat().format(new Date(`${isoMonth}-01T00:00:00Z`));
}

/** A min–max range in words: « 30 à 60 min », « 45 min ». */
export function formatRange(min: number, max: number, unit: string): string {
  return min === max ? `${min}\u00A0${unit}` : `${min} à ${max}\u00A0${unit}`;
}

/** Minutes for people: 90 → « 1 h 30 », 45 → « 45 min », 240 → « 4 h ». */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes}\u00A0min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours}\u00A0h\u00A0${String(rest).padStart(2, '0')}` : `${hours}\u00A0h`;
}

export function formatDuration(min: number, max: number): string {
  return min === max ? formatMinutes(min) : `${formatMinutes(min)} à ${formatMinutes(max)}`;
}

const andFormat = onFirstUse(() => new Intl.ListFormat('fr-FR', { type: 'conjunction' }));
const orFormat = onFirstUse(() => new Intl.ListFormat('fr-FR', { type: 'disjunction' }));

/** « a », « a et b », « a, b et c ». */
export function andList(items: readonly string[]): string {
  return andFormat().format(items);
}

/** « a », « a ou b », « a, b ou c ». */
export function orList(items: readonly string[]): string {
  return orFormat().format(items);
}

const sizeFormat = onFirstUse(() => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }));

/** Bytes for people, in the units of a file manager: « 1,3 Mo », « 48 ko ». */
export function formatBytes(bytes: number): string {
  return bytes >= 1_000_000
    ? `${sizeFormat().format(bytes / 1_000_000)}\u00A0Mo`
    : `${Math.max(1, Math.round(bytes / 1000))}\u00A0ko`;
}
