import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/validation/check-content.ts';

// CONTRIBUTING.md's examples are real content files: they must pass the schemas, so the guide cannot drift from the code.

const guide = readFileSync('CONTRIBUTING.md', 'utf8');
const examples = [
  ...guide.matchAll(/^```(?:md|yaml) title="content\/([^"]+)"\n([\s\S]*?)^```$/gm),
].map((m) => ({ path: m[1]!, text: m[2]! }));

describe('CONTRIBUTING.md', () => {
  it('shows an example for each kind of content editors write', () => {
    const folders = new Set(examples.map((e) => e.path.split('/')[0]));
    expect([...folders].sort()).toEqual([
      'methodes',
      'pages',
      'parcours',
      'partenaires',
      'principes',
      'projets',
      'supports',
    ]);
  });

  it.each(examples.map((e) => [e.path, e] as const))(
    '%s passes the checks, next to the real content',
    (path, example) => {
      const dir = mkdtempSync(join(tmpdir(), 'tilab-guide-'));
      try {
        cpSync('content', dir, { recursive: true });
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), example.text);
        // The guide shows a sheet's frontmatter and the start of its body: only its length is short.
        const problems = checkContent(dir).problems.filter(
          (p) => !p.problem.startsWith('texte trop court'),
        );
        expect(
          problems
            .filter((p) => p.file.endsWith(path))
            .map((p) => `${p.field} — ${p.problem} — ${p.expected}`),
        ).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    // Each checks a copy of the whole real library (Markdown trees included): seconds when loaded.
    20_000,
  );
});
