import { seconds } from './format.ts';

/** One paired round: the site's build and the bare Astro build of the same files, from empty caches. */
export interface ComparisonRound {
  /** `npm run build`: Astro, then the search index and the link check. */
  siteMs: number;
  /** Its first step, `astro build` alone. */
  siteAstroMs: number;
  /** `astro build` of the bare project (scripts/bench/bare-astro.ts). */
  bareMs: number;
}

export interface Comparison {
  rounds: ComparisonRound[];
  /** Medians of the rounds' ratios, each round's pair measured under the same load. */
  astroRatio: number;
  wholeRatio: number;
}

/** The target: the site's `astro build` at most this many times the bare one. */
export const bareRatioTarget = 1.1;

export function median(values: number[]): number {
  if (!values.length) throw new Error('médiane d’une liste vide');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function compare(rounds: ComparisonRound[]): Comparison {
  return {
    rounds,
    astroRatio: median(rounds.map((r) => r.siteAstroMs / r.bareMs)),
    wholeRatio: median(rounds.map((r) => r.siteMs / r.bareMs)),
  };
}

/** « 1,23× » */
export const ratio = (value: number) => `${value.toFixed(2).replace('.', ',')}×`;

export function formatComparison({ rounds, astroRatio, wholeRatio }: Comparison): string[] {
  return [
    `Comparaison avec Astro seul (mêmes fichiers Markdown, même traitement : remark-gfm et ponctuation française, gabarit minimal ; ${rounds.length} manches appariées, cache vide, médianes) :`,
    ...rounds.map(
      (r, i) =>
        `  manche ${i + 1} : Astro seul ${seconds(r.bareMs)} ; le site ${seconds(r.siteAstroMs)} (astro build, ${ratio(r.siteAstroMs / r.bareMs)}), ${seconds(r.siteMs)} avec l’index et les liens (${ratio(r.siteMs / r.bareMs)})`,
    ),
    `  rapport médian : ${ratio(astroRatio)} pour astro build, ${ratio(wholeRatio)} pour npm run build`,
  ];
}
