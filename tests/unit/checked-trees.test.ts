import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/validation/check-content.ts';
import {
  forgetCheckedTrees,
  keepCheckedTree,
  takeCheckedTree,
} from '../../src/build/markdown/checked-trees.ts';
import { createUnifiedProcessor } from '../../src/build/markdown/unified-processor.ts';

// The build parses each Markdown body once: the content check hands its tree to the site's
// processor, whose parser takes it for that file and that exact text instead of parsing again.
const file = resolve('content/methodes/personas.md');
// The body as Astro's content layer passes it to the renderer: after the frontmatter, trimmed.
const body = readFileSync(file, 'utf8')
  .replace(/^---\n[\s\S]*?\n---\n/, '')
  .trim();

describe('the build’s Markdown', () => {
  it('hands the renderer the tree the check parsed, of the very text Astro renders', async () => {
    const kept = new Map<string, string>();
    checkContent(resolve('content'), process.cwd(), {
      onMarkdownTree: (path, text, tree) => {
        kept.set(path, text);
        keepCheckedTree(path, text, tree);
      },
    });
    expect(kept.get(file)).toBe(body);
    const renderer = await createUnifiedProcessor().createRenderer({} as never);
    const { code } = await renderer.render(body, { fileURL: pathToFileURL(file) });
    // Taken by the parser: not left over.
    expect(takeCheckedTree(file, body)).toBeUndefined();
    // Without a kept tree the text is parsed, to the same HTML.
    expect((await renderer.render(body, { fileURL: pathToFileURL(file) })).code).toBe(code);
    forgetCheckedTrees();
  });

  it('parses a text that is not the one the check read', () => {
    keepCheckedTree(file, body, { type: 'root', children: [] });
    expect(takeCheckedTree(file, `${body}\n\nAjout.`)).toBeUndefined();
    forgetCheckedTrees();
    expect(takeCheckedTree(file, body)).toBeUndefined();
  });
});
