import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { searchIndexChunkSize } from '../../src/build/search-index/build-search-index.ts';

// The build sets the size of Pagefind's index chunks through an unstable, undocumented variable
// (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE). If a Pagefind release renames or drops it, the index
// silently goes back to the default and the first search gets heavier: this test sees it.
const pagefindDefault = 20_000;
const output = mkdtempSync(join(tmpdir(), 'tilab-default-chunks-'));
afterAll(() => rmSync(output, { recursive: true, force: true }));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

function chunkSizes(indexFolder: string): number[] {
  return readdirSync(indexFolder).map((file) => statSync(join(indexFolder, file)).size);
}

it('the built index is cut into the chunks the build asks for, smaller than Pagefind’s default', () => {
  // The same pages indexed again with Pagefind's default, in a process of its own.
  const script = `
    import { close, createIndex } from 'pagefind';
    const { index } = await createIndex({});
    await index.addDirectory({ path: ${JSON.stringify(resolve('dist'))} });
    await index.writeFiles({ outputPath: ${JSON.stringify(output)} });
    await close();`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(pagefindDefault) },
    stdio: 'pipe',
  });
  const built = chunkSizes('dist/pagefind/index');
  const byDefault = chunkSizes(join(output, 'index'));
  expect(searchIndexChunkSize).toBeLessThan(pagefindDefault);
  const expectedRatio = pagefindDefault / searchIndexChunkSize;
  // Word positions per chunk are not bytes: a wide margin, still far from the default's count.
  expect(built.length).toBeGreaterThan(byDefault.length * expectedRatio * 0.6);
  // The largest chunk holds one frequent word whatever the setting: the typical chunk tells.
  expect(median(built)).toBeLessThan(median(byDefault) / 2);
}, 60_000);
