// Clock times of a workshop, as minutes since midnight: « 09:30 » in the address and the time
// field, « 9 h 30 » on the page (French typography: no-break spaces around « h »).

const minutesPerDay = 24 * 60;

/** « 09:30 » or « 9:30 » → 570; anything else → null. */
export function parseClock(value: string): number | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** 570 → « 09:30 », the form of a time field and of the address. */
export function clockValue(minutes: number): string {
  const time = ((minutes % minutesPerDay) + minutesPerDay) % minutesPerDay;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(time / 60))}:${pad(time % 60)}`;
}

/** 570 → « 9 h 30 », 600 → « 10 h », 1445 → « 0 h 05 » (the next day). */
export function formatClock(minutes: number): string {
  const time = ((minutes % minutesPerDay) + minutesPerDay) % minutesPerDay;
  const hours = Math.floor(time / 60);
  const rest = time % 60;
  return rest ? `${hours}\u00A0h\u00A0${String(rest).padStart(2, '0')}` : `${hours}\u00A0h`;
}
