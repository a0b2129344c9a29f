import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/build/validation/check-content.ts';
import { fileOf, methodBudgetBytes, servedBytes } from '../../scripts/bench/page-weight.ts';
import { useBrowser } from '../support/browser.ts';

// A method sheet's first view (issue 22): every file of the site Chromium fetches when a reader who
// keeps no atelier opens it on a phone — the HTML, its stylesheets (the print one included, which
// the browser fetches too), its scripts and the modules they load, the pictograms' sprite, the icon
// — each weighed from dist/ as nginx sends it (gzip level 6 above 256 bytes). The font is left
// aside, as the budget says: it is cached once for the whole site.

const baseUrl = inject('baseUrl');
const dist = resolve('dist');
const chromium = useBrowser();
const methodIds = checkContent('content')
  .entries.filter((e) => e.collection === 'methodes')
  .map((e) => e.id);
const isFont = (path: string) => /\.woff2?$/.test(path);

async function firstView(path: string) {
  const context = await chromium.browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const fetched = new Set<string>();
  let pending = 0;
  let lastSettled = Date.now();
  page.on('request', () => pending++);
  const settle = () => {
    pending--;
    lastSettled = Date.now();
  };
  page.on('requestfailed', settle);
  page.on('requestfinished', (request) => {
    settle();
    const url = new URL(request.url());
    if (url.origin === new URL(baseUrl).origin) fetched.add(url.pathname);
  });
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  // Scripts may load modules after the load event: quiet for 300 ms means the page is done.
  while (pending > 0 || Date.now() - lastSettled < 300) await page.waitForTimeout(50);
  await context.close();
  const files = [...fetched]
    .filter((file) => !isFont(file))
    .map((file) => ({
      file,
      ...servedBytes(fileOf(dist, file), readFileSync(fileOf(dist, file))),
    }));
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

describe('the method sheets’ weight', () => {
  it(`keeps every sheet’s first view within ${methodBudgetBytes} bytes gzip, the font aside`, async () => {
    const over: Record<string, number> = {};
    let heaviest = { id: '', gzipBytes: 0 };
    for (const id of methodIds) {
      const { gzipBytes } = await firstView(`/methodes/${id}/`);
      if (gzipBytes > methodBudgetBytes) over[id] = gzipBytes;
      if (gzipBytes > heaviest.gzipBytes) heaviest = { id, gzipBytes };
    }
    expect(over, `la plus lourde : ${heaviest.id}, ${heaviest.gzipBytes} o`).toEqual({});
  }, 300_000);

  it('counts what the page loads: HTML, stylesheets, scripts and the sprite', async () => {
    const { files } = await firstView('/methodes/personas/');
    const kinds = new Set(
      files.map(({ file }) => (file.endsWith('/') ? 'html' : file.split('.').at(-1))),
    );
    expect([...kinds]).toEqual(expect.arrayContaining(['html', 'css', 'js', 'svg']));
    expect(files.map((f) => f.file)).toContain('/pictogrammes.svg');
  });

  it('sends no HTML comment: the templates’ comments are written {/* … */}, which Astro leaves out', () => {
    const commented: string[] = [];
    for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const file = join(entry.parentPath, entry.name);
      visit(fromHtml(readFileSync(file, 'utf8')), 'comment', (node) => {
        commented.push(`${file.slice(dist.length)}: ${node.value.trim().slice(0, 40)}`);
      });
    }
    expect(commented).toEqual([]);
  });
});
