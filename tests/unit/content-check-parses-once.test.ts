import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Parsing Markdown is the content check's largest cost, and the build runs the check before
// Astro parses every file again: each body is parsed once by the check, whatever rules read it.
const parsed = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/build/validation/markdown-tree.ts', async (original) => {
  const real = await original<typeof import('../../src/build/validation/markdown-tree.ts')>();
  return {
    parseMarkdownBody: (...args: Parameters<typeof real.parseMarkdownBody>) => {
      parsed.count++;
      return real.parseMarkdownBody(...args);
    },
  };
});
const { checkContent } = await import('../../src/build/validation/check-content.ts');

const contentDir = resolve('content');
const markdownFiles = (folder: string): number =>
  readdirSync(folder, { withFileTypes: true }).reduce(
    (sum, entry) =>
      sum +
      (entry.isDirectory()
        ? markdownFiles(join(folder, entry.name))
        : /\.mdx?$/.test(entry.name) && folder !== contentDir
          ? 1
          : 0),
    0,
  );

describe('the content check', () => {
  it('parses each Markdown body once, the safety rules, the prose rules and the years sharing it', () => {
    parsed.count = 0;
    const { problems, entries } = checkContent(contentDir);
    expect(problems).toEqual([]);
    expect(entries.some((e) => e.collection === 'projets' && e.proseYears?.size)).toBe(true);
    expect(parsed.count).toBe(markdownFiles(contentDir));
  });
});
