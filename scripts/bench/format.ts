// French number formats of the benchmark's report and of the figures the éco-conception page states.

import { formatDate } from '../../src/lib/format.ts';

const decimal = (value: number, digits: number) =>
  value
    .toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    .replace(/\s/g, ' ');

/** « 10,5 Ko » — kilo-octets of 1 000 octets, one decimal. */
export const kilobytes = (bytes: number) => `${decimal(bytes / 1000, 1)} Ko`;

/** « 1 234 Mo » — mega-octets of 1 000 000 octets, whole. */
export const megabytes = (bytes: number) => `${decimal(bytes / 1_000_000, 0)} Mo`;

/** « 9,8 s » */
export const seconds = (ms: number) => `${decimal(ms / 1000, 1)} s`;

/** « 1 234 » */
export const whole = (value: number) => decimal(value, 0);

/** « 25 novembre 2026 » from 2026-11-25, « 1er décembre 2026 » from 2026-12-01: the site's own date format. */
export const longDate = (isoDate: string) => formatDate(isoDate);

/** The same text with every kind of space (thin, non-breaking, line break) as one plain space. */
export const plainSpaces = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');
