import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { toolPath } from '../tools.ts';

export type LighthouseCategory = 'performance' | 'accessibility' | 'best-practices' | 'seo';

/** One page's Lighthouse result: each category's score (0–100) and the audits that lost points. */
export interface LighthouseResult {
  url: string;
  scores: Partial<Record<LighthouseCategory, number>>;
  /** Audits of the measured categories that did not get full marks, with Lighthouse's title. */
  failedAudits: { category: LighthouseCategory; id: string; title: string }[];
  /** Performance metrics in milliseconds (CLS unitless), when performance was measured. */
  metrics: Record<string, number>;
}

export interface LighthouseOptions {
  categories: LighthouseCategory[];
  /** Lighthouse's mobile profile (its default: slow 4G, 4× slower processor, phone screen) or desktop. */
  profile?: 'mobile' | 'desktop';
}

const metricAudits = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
} as const;
export type MetricName = (typeof metricAudits)[keyof typeof metricAudits];

/** An address, or an address measured in other categories than the run's. */
export type LighthouseTarget = string | { url: string; categories: LighthouseCategory[] };

/**
 * Runs Lighthouse on each address in turn, in one Debian Chromium (headless, fresh profile).
 * Performance uses Lighthouse's simulated throttling, as PageSpeed Insights does.
 */
export async function runLighthouse(
  targets: LighthouseTarget[],
  options: LighthouseOptions,
): Promise<LighthouseResult[]> {
  const profile = options.profile ?? 'mobile';
  const chrome = await chromeLauncher.launch({
    chromePath: toolPath('chromium'),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    logLevel: 'silent',
  });
  try {
    const results: LighthouseResult[] = [];
    for (const target of targets) {
      const { url, categories } =
        typeof target === 'string' ? { url: target, categories: options.categories } : target;
      const run = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories },
        profile === 'desktop' ? desktopConfig : undefined,
      );
      if (!run) throw new Error(`Lighthouse n’a rien rendu pour ${url}`);
      const { lhr } = run;
      if (lhr.runtimeError)
        throw new Error(
          `Lighthouse, ${url} : ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
        );
      const scores: LighthouseResult['scores'] = {};
      const failedAudits: LighthouseResult['failedAudits'] = [];
      for (const category of categories) {
        const result = lhr.categories[category];
        if (!result) continue;
        scores[category] = Math.round((result.score ?? 0) * 100);
        for (const ref of result.auditRefs) {
          const audit = lhr.audits[ref.id];
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
          failedAudits.push({ category, id: ref.id, title: audit.title });
        }
      }
      const metrics: Record<string, number> = {};
      if (categories.includes('performance'))
        for (const [id, name] of Object.entries(metricAudits)) {
          const value = lhr.audits[id]?.numericValue;
          if (value !== undefined) metrics[name] = value;
        }
      results.push({ url, scores, failedAudits, metrics });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
