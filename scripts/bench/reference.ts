import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { kilobytes, longDate, seconds, whole } from './format.ts';

/**
 * The measured figures the éco-conception page states (content/pages/eco-conception.md),
 * committed in bench/reference.json and rewritten by `npm run bench -- --update-reference`,
 * which measures the real site alone (no generated sheets).
 * tests/unit/eco-declaration.test.ts checks that the page says exactly these.
 */
export interface ReferenceFigures {
  /** Day of the measure, AAAA-MM-JJ. */
  measuredOn: string;
  /** The machine, in French (describeMachine). */
  machine: string;
  /** Method sheets of the measured site. */
  methodSheets: number;
  /** Pages of the measured site. */
  pages: number;
  methodPage: {
    path: string;
    /** Files loaded with the page: HTML, stylesheets, scripts, icon. */
    requests: number;
    rawBytes: number;
    gzipBytes: number;
    /** All its JavaScript, compressed. */
    jsGzipBytes: number;
    /** The part every page loads: the header's search shortcut, compressed. */
    siteWideJsGzipBytes: number;
  };
  firstSearch: {
    query: string;
    /** Files of /pagefind/ downloaded by the first search. */
    requests: number;
    gzipBytes: number;
  };
  /** On a simulated old phone and slow network (scripts/bench/slow-device.ts), empty cache. */
  slowDevice: {
    /** The method page's first paint. */
    sheetFirstPaintMs: number;
    /** From opening /recherche/?q=<query> to its first results. */
    searchResultsMs: number;
  };
}

export const referencePath = resolve(import.meta.dirname, '../../bench/reference.json');

export function readReference(path = referencePath): ReferenceFigures {
  return JSON.parse(readFileSync(path, 'utf8')) as ReferenceFigures;
}

export function writeReference(figures: ReferenceFigures, path = referencePath): void {
  writeFileSync(path, `${JSON.stringify(figures, null, 2)}\n`);
}

/** Each figure as the page must write it, by what it measures. */
export function statedFigures(figures: ReferenceFigures): Record<string, string> {
  return {
    'date de la mesure': longDate(figures.measuredOn),
    machine: figures.machine,
    'fiches du site mesuré': whole(figures.methodSheets),
    'pages du site mesuré': whole(figures.pages),
    'poids compressé d’une fiche': kilobytes(figures.methodPage.gzipBytes),
    'poids non compressé d’une fiche': kilobytes(figures.methodPage.rawBytes),
    'requêtes d’une fiche': `${figures.methodPage.requests} fichiers`,
    'JavaScript d’une fiche': kilobytes(figures.methodPage.jsGzipBytes),
    'JavaScript commun à toutes les pages': kilobytes(figures.methodPage.siteWideJsGzipBytes),
    'requête de recherche mesurée': `« ${figures.firstSearch.query} »`,
    'fichiers de la première recherche': `${figures.firstSearch.requests} fichiers`,
    'poids de la première recherche': kilobytes(figures.firstSearch.gzipBytes),
    'premier affichage d’une fiche sur appareil lent': seconds(
      figures.slowDevice.sheetFirstPaintMs,
    ),
    'premiers résultats sur appareil lent': seconds(figures.slowDevice.searchResultsMs),
  };
}
