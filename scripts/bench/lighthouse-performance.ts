import { serveStatic } from '../../tests/support/static-server.ts';
import { templatePages, type TemplateName } from '../../tests/support/template-pages.ts';
import { runLighthouse, type MetricName } from '../../tests/support/validators/lighthouse.ts';
import { seconds } from './format.ts';

/** The score Lighthouse's performance category should reach on its mobile profile. */
export const lighthouseTarget = 95;

export interface LighthousePerformance {
  template: TemplateName;
  path: string;
  score: number;
  metrics: Partial<Record<MetricName, number>>;
}

/**
 * Lighthouse's performance category on one page of each template, on its mobile profile
 * (simulated slow 4G and a 4× slower processor, as PageSpeed Insights measures), the site
 * served gzip as nginx serves it. Pages one after the other in one Chromium.
 */
export async function lighthousePerformance(dist: string): Promise<LighthousePerformance[]> {
  const server = await serveStatic(dist, { compress: true });
  try {
    const entries = Object.entries(templatePages) as [TemplateName, string][];
    const results = await runLighthouse(
      entries.map(([, path]) => `${server.url}${path}`),
      { categories: ['performance'], profile: 'mobile' },
    );
    return results.map((result, index) => ({
      template: entries[index]![0],
      path: entries[index]![1],
      score: result.scores.performance ?? 0,
      metrics: result.metrics,
    }));
  } finally {
    await server.close();
  }
}

/** The report's lines: one per page, then the target. */
export function formatLighthouse(results: LighthousePerformance[] | null): string[] {
  const title = `Lighthouse, performance (profil mobile : 4G lente et processeur 4 fois plus lent simulés), objectif ${lighthouseTarget} :`;
  if (!results) return [title, '  non mesurée (Chromium indisponible ou Lighthouse en échec)'];
  const ms = (value: number | undefined) => (value === undefined ? '—' : seconds(value));
  const lines = results.map(({ template, path, score, metrics: m }) =>
    [
      `  ${score >= lighthouseTarget ? '✓' : '✗'} ${String(score).padStart(3)}  ${`${template} ${path}`.padEnd(52)}`,
      `FCP ${ms(m.FCP)}, LCP ${ms(m.LCP)}, TBT ${Math.round(m.TBT ?? 0)} ms, CLS ${(m.CLS ?? 0).toFixed(3).replace('.', ',')}, SI ${ms(m.SI)}`,
    ].join(' '),
  );
  return [title, ...lines];
}
