import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgeSetup } from '../../src/lib/cms/forge.ts';
import { siteConfig } from '../../src/lib/site-config.ts';
import {
  adminHeaderPolicy,
  adminOpenerPolicy,
  headerPolicy,
  metaDirectives,
  scriptSources,
  styleSources,
} from '../../src/lib/security-policy.ts';
import { paths } from '../../src/lib/urls.ts';
import { launchBrowser, watchedPage } from '../support/browser.ts';
import { deployConfig, nginxCheck, startNginx, type RunningNginx } from '../support/nginx.ts';

// deploy/nginx-site.conf served by Debian's nginx over the real dist/, and public/_headers for other hosts:
// the same security headers on every response, compression, cache, a real 404.

const dist = resolve('dist');
const methodPage = '/methodes/personas/';
const methodHtml = readFileSync(join(dist, methodPage, 'index.html'), 'utf8');
const firstMatch = (pattern: RegExp) => {
  const found = pattern.exec(methodHtml)?.[1];
  if (!found) throw new Error(`${pattern} introuvable dans ${methodPage}`);
  return found;
};
const css = firstMatch(/<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/);
const js = firstMatch(/<script type="module" src="(\/_astro\/[^"]+\.js)"/);
const pagefindWasm = `/pagefind/${readdirSync(join(dist, 'pagefind')).find((f) => /^wasm\.\w+\.pagefind$/.test(f))}`;

/** One response of each kind the site serves. */
const samples = {
  page: methodPage,
  css,
  js,
  pagefindScript: '/pagefind/pagefind.js',
  pagefindEntry: '/pagefind/pagefind-entry.json',
  pagefindWasm,
  missingPage: '/nulle-part/',
  missingAsset: '/_astro/absent.js',
} as const;
/** The browser editor's page, which has a policy of its own. */
const adminPage = paths.admin;
const adminPolicy = adminHeaderPolicy(forgeSetup(siteConfig));

/** The rules of public/_headers: path pattern → header name (lower case) → value. */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    // « ! Name » drops the value another rule gave that header (kept here as « !name »).
    else if (line.trim().startsWith('!'))
      current?.set(`!${line.trim().slice(1).trim().toLowerCase()}`, '');
    else {
      const colon = line.indexOf(':');
      current?.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return rules;
}
const headersFile = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
/** What every response must carry: the /* rule of public/_headers, checked against the policy below. */
const securityHeaders = headersFile.get('/*') ?? new Map<string, string>();

let nginx: RunningNginx;
const responses = new Map<string, Response>();
const bodies = new Map<string, string>();

beforeAll(async () => {
  nginx = await startNginx(dist);
  for (const [name, path] of Object.entries({ ...samples, admin: adminPage })) {
    const response = await fetch(`${nginx.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
    responses.set(name, response);
    bodies.set(name, await response.text());
  }
});
afterAll(async () => nginx?.stop());

const header = (name: keyof typeof samples | 'admin', header: string) =>
  responses.get(name)!.headers.get(header);

describe('the security headers', () => {
  it('in public/_headers: the policy of src/lib/security-policy.ts, with HSTS, nosniff, referrer, permissions and opener policies', () => {
    expect(securityHeaders.get('content-security-policy')).toBe(headerPolicy);
    expect(securityHeaders.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect(securityHeaders.get('x-content-type-options')).toBe('nosniff');
    expect(securityHeaders.get('referrer-policy')).toMatch(
      /^(strict-origin-when-cross-origin|no-referrer)$/,
    );
    expect(securityHeaders.get('permissions-policy')?.split(/,\s*/)).toEqual(
      expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()']),
    );
    expect(securityHeaders.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(headersFile.get('/_astro/*')?.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('allow neither inline code nor eval for scripts and styles', () => {
    const directives = new Map(
      headerPolicy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values]),
    );
    for (const name of ['script-src', 'style-src']) {
      expect(directives.get(name), name).toBeDefined();
      expect(directives.get(name)).not.toContain("'unsafe-inline'");
      expect(directives.get(name)).not.toContain("'unsafe-eval'");
    }
  });

  it.each(Object.keys(samples) as (keyof typeof samples)[])(
    'are all sent by nginx for %s',
    (name) => {
      for (const [header, value] of securityHeaders)
        expect(responses.get(name)!.headers.get(header), header).toBe(value);
      expect(header(name, 'server'), 'server_tokens off').toBe('nginx');
    },
  );
});

describe('the browser editor’s own policy, on /admin/ only', () => {
  const adminRule = headersFile.get('/admin/*') ?? new Map<string, string>();

  it('in public/_headers: adminHeaderPolicy, which replaces the site’s, with its opener policy and noindex', () => {
    expect(adminRule.get('content-security-policy')).toBe(adminPolicy);
    expect(adminRule.has('!content-security-policy')).toBe(true);
    expect(adminRule.has('!cross-origin-opener-policy')).toBe(true);
    expect(adminRule.get('cross-origin-opener-policy')).toBe(adminOpenerPolicy);
    expect(adminRule.get('x-robots-tag')).toBe('noindex, nofollow');
    expect([...headersFile.keys()]).toEqual(['/*', '/admin/*', '/_astro/*']);
  });

  it('sent by nginx for /admin/, and for no other response', () => {
    expect(responses.get('admin')!.status).toBe(200);
    expect(header('admin', 'content-security-policy')).toBe(adminPolicy);
    expect(header('admin', 'cross-origin-opener-policy')).toBe(adminOpenerPolicy);
    expect(header('admin', 'x-robots-tag')).toBe('noindex, nofollow');
    for (const name of Object.keys(samples) as (keyof typeof samples)[]) {
      expect(header(name, 'content-security-policy'), name).toBe(headerPolicy);
      expect(header(name, 'x-robots-tag'), name).toBeNull();
    }
  });

  it('relaxes the site’s policy only where the editor needs it: eval, inline styles, blob: images and reads', () => {
    const directives = (policy: string) =>
      new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
    const site = directives(headerPolicy);
    const admin = directives(adminPolicy);
    expect([...admin.keys()]).toEqual([...site.keys()]);
    const added = [...admin].flatMap(([name, sources]) =>
      sources.filter((s) => !site.get(name)!.includes(s)).map((s) => `${name} ${s}`),
    );
    // Until the forge is configured; then its API and avatars join connect-src and img-src.
    if (!forgeSetup(siteConfig))
      expect(added).toEqual([
        'img-src blob:',
        'connect-src blob:',
        "script-src 'unsafe-eval'",
        "style-src 'unsafe-inline'",
      ]);
    expect(admin.get('frame-ancestors')).toEqual(["'none'"]);
    expect(admin.get('object-src')).toEqual(["'none'"]);
  });
});

describe('the policy Astro writes in each page', () => {
  /** Every built page and the policy of its <meta>, hashes left out. */
  function pagePolicies(dir = dist, found = new Map<string, string>()) {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, name.name);
      if (name.isDirectory() && !['_astro', 'pagefind'].includes(name.name))
        pagePolicies(path, found);
      else if (name.name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        // Astro's redirect pages (content/redirections.yaml) are bare: no script, no style, no policy.
        if (html.includes('<meta http-equiv="refresh"')) continue;
        const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
        found.set(
          `/${path.slice(dist.length + 1)}`.replace(/index\.html$/, ''),
          (meta ?? '')
            .replace(/ 'sha\d+-[^']+'/g, '')
            .replace(/\s*;\s*/g, '; ')
            .replace(/; $/, ''),
        );
      }
    }
    return found;
  }
  const policies = pagePolicies();
  const sitePolicy = [
    ...metaDirectives,
    `script-src ${scriptSources.join(' ')}`,
    `style-src ${styleSources.join(' ')}`,
  ].join('; ');

  it('is the site’s own on every page but the editor’s', () => {
    const others = [...policies].filter(([page]) => page !== adminPage);
    expect(others.length).toBeGreaterThan(20);
    for (const [page, policy] of others) expect(policy, page).toBe(sitePolicy);
  });

  it('is the editor’s header policy on /admin/ (frame-ancestors aside, which only a header can carry)', () => {
    expect(policies.get(adminPage)).toBe(adminPolicy.replace("; frame-ancestors 'none'", ''));
  });
});

describe('nginx', () => {
  it('serves pages, bundles and Pagefind’s files', () => {
    for (const name of [
      'page',
      'css',
      'js',
      'pagefindScript',
      'pagefindEntry',
      'pagefindWasm',
    ] as const)
      expect(responses.get(name)!.status, name).toBe(200);
    expect(bodies.get('page')).toContain('<h1');
  });

  it('answers a missing address with a real 404 and the French 404 page', () => {
    for (const name of ['missingPage', 'missingAsset'] as const) {
      expect(responses.get(name)!.status, name).toBe(404);
      expect(bodies.get(name), name).toMatch(/<h1[^>]*>Page introuvable<\/h1>/);
      expect(header(name, 'cache-control'), name).toBe('no-cache');
    }
  });

  it('compresses HTML, CSS and JS with gzip', () => {
    // (pagefind-entry.json, under 256 bytes, is not worth it.)
    for (const name of ['page', 'css', 'js', 'pagefindScript', 'missingPage'] as const) {
      expect(header(name, 'content-encoding'), name).toBe('gzip');
      expect(header(name, 'vary'), name).toMatch(/Accept-Encoding/i);
    }
  });

  it('keeps the hashed bundles of /_astro/ a year, and has everything else revalidated', () => {
    for (const name of ['css', 'js'] as const)
      expect(header(name, 'cache-control'), name).toBe('public, max-age=31536000, immutable');
    for (const name of ['page', 'pagefindScript', 'pagefindEntry', 'pagefindWasm'] as const)
      expect(header(name, 'cache-control'), name).toBe('no-cache');
  });

  it('sends the page as UTF-8 HTML and Pagefind’s WebAssembly as it is on disk (already gzip)', async () => {
    expect(header('page', 'content-type')).toBe('text/html; charset=utf-8');
    expect(header('pagefindWasm', 'content-encoding')).toBeNull();
    const response = await fetch(`${nginx.url}${pagefindWasm}`);
    expect(
      Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(dist, pagefindWasm))),
    ).toBe(true);
  });

  it('knows .wasm files as application/wasm, and accepts deploy/nginx.conf as a whole', () => {
    const dump = nginxCheck(deployConfig, '-T');
    expect(dump.status, dump.output).toBe(0);
    expect(dump.output).toMatch(/^\s*application\/wasm\s+wasm;/m);
    expect(dump.output).toMatch(/^\s*include nginx-site\.conf;/m);
  });
});

describe('search behind nginx', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('finds « persona » with the header policy applied, without any CSP violation or error', async () => {
    const { page, watch } = await watchedPage(await browser.newContext());
    const response = await page.goto(`${nginx.url}/recherche/?q=persona`);
    expect(response?.headers()['content-security-policy']).toBe(headerPolicy);
    await page.waitForSelector('#search-results li');
    expect(await page.locator('#search-results h2 a').first().getAttribute('href')).toBe(
      methodPage,
    );
    expect(watch.cspViolations).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});
