import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withOwnHashes } from '../../src/build/csp-hashes.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body = '') =>
  `<!doctype html><html lang="fr"><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) =>
  /content-security-policy" content="([^"]*)"/.exec(html)?.[1]?.replaceAll('&#x27;', "'");

describe('the page policy keeps the hashes of its own inline code only', () => {
  it('drops the hashes no inline script or style of the page matches', () => {
    const policy = `default-src 'self'; script-src 'self' ${hash('island()')} ${hash('x')}; style-src 'self' ${hash('')};`;
    expect(policyOf(withOwnHashes(page(policy)))).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self';",
    );
  });

  it('keeps the hash of an inline script the page has', () => {
    const policy = `script-src 'self' ${hash('go()')} ${hash('island()')}`;
    const html = withOwnHashes(page(policy, '<script>go()</script>'));
    expect(policyOf(html)).toBe(`script-src 'self' ${hash('go()')}`);
    expect(html).toContain('<script>go()</script>');
  });

  it('leaves alone a policy that allows inline code (the editor’s), and the rest of the page', () => {
    const policy = `style-src 'self' 'unsafe-inline' ${hash('a')}`;
    expect(withOwnHashes(page(policy, '<p>x</p>'))).toBe(page(policy, '<p>x</p>'));
  });
});
