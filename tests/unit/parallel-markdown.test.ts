import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  defaultThreadCount,
  parallelProcessor,
} from '../../src/build/markdown/parallel-processor.ts';
import { createUnifiedProcessor } from '../../src/build/markdown/unified-processor.ts';

const workerModule = new URL('../../src/build/markdown/render-worker.ts', import.meta.url);
const shared = { syntaxHighlight: false as const };

/** Markdown that exercises each part of the pipeline: GFM table and footnote, French punctuation, headings. */
const samples = [
  '## Étapes\n\nL\'atelier : « ici » ou "là" ?\n\n| Durée | Étape |\n| --- | --- |\n| 10 min | Accueil |\n\nUne note[^1].\n\n[^1]: Source : DITP.',
  '# Titre\n\n- [x] fait\n- [ ] à faire\n\n~~barré~~ et `code : "brut"`',
  ...Array.from({ length: 12 }, (_, i) => `### Section ${i}\n\nTexte ${i} ; suite !`),
];

afterEach(() => vi.restoreAllMocks());

describe('parallelProcessor', () => {
  it('renders exactly what the unified pipeline renders on the main thread', async () => {
    const inProcess = await createUnifiedProcessor().createRenderer(shared);
    const parallel = await parallelProcessor(createUnifiedProcessor(), workerModule, {
      threads: 2,
    }).createRenderer(shared);
    const expected = await Promise.all(
      samples.map((s) => inProcess.render(s, { frontmatter: { titre: 'x' } })),
    );
    const actual = await Promise.all(
      samples.map((s) =>
        parallel.render(s, {
          frontmatter: { titre: 'x' },
          fileURL: new URL('file:///site/content/a.md'),
        }),
      ),
    );
    expect(actual).toEqual(expected);
    expect(actual[0]!.code).toContain('<table>');
    expect(actual[0]!.code).toContain(
      'L’atelier\u202F: «\u202Fici\u202F» ou «\u202Flà\u202F»\u202F?',
    );
    expect(actual[0]!.code).toContain('Notes');
    expect(actual[0]!.metadata.headings).toContainEqual({
      depth: 2,
      slug: 'étapes',
      text: 'Étapes',
    });
  });

  it('renders with workers started before Astro gives its options (prewarmed)', async () => {
    const processor = parallelProcessor(createUnifiedProcessor(), workerModule, { threads: 2 });
    expect(processor.prewarm()).toBe(2);
    await new Promise((done) => setTimeout(done, 300));
    const renderer = await processor.createRenderer(shared);
    const [first] = await Promise.all(samples.slice(0, 4).map((s) => renderer.render(s)));
    expect(first!.code).toContain('<table>');
  });

  it('keeps the name and options of the processor it wraps (so @astrojs/mdx recognises it)', () => {
    const inner = createUnifiedProcessor();
    const wrapped = parallelProcessor(inner, workerModule, { threads: 2 });
    expect(wrapped.name).toBe('unified');
    expect(wrapped.options).toBe(inner.options);
    expect(typeof wrapped.createMdxRenderer).toBe('function');
  });

  it('renders on the main thread, with a warning, when its workers cannot start: no page is lost', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = parallelProcessor(
      createUnifiedProcessor(),
      new URL('./no-such-worker.ts', import.meta.url),
      { threads: 2 },
    );
    const renderer = await broken.createRenderer(shared);
    const results = await Promise.all(samples.slice(0, 4).map((s) => renderer.render(s)));
    expect(results.map((r) => r.code.length > 0)).toEqual([true, true, true, true]);
    expect(results[0]!.code).toContain('<table>');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('rendu sur le fil principal'));
  });

  it('renders on the main thread the pages of a worker that stopped mid-way', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const exiting = new URL('../fixtures/markdown-workers/exiting-worker.ts', import.meta.url);
    const renderer = await parallelProcessor(createUnifiedProcessor(), exiting, {
      threads: 2,
    }).createRenderer(shared);
    const results = await Promise.all(samples.slice(0, 3).map((s) => renderer.render(s)));
    expect(results.every((r) => r.code.includes('<h'))).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('code 3'));
  });

  it('renders on the main thread once a worker has stopped while idle, instead of sending it pages', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const exiting = new URL('../fixtures/markdown-workers/exiting-worker.ts', import.meta.url);
    const processor = parallelProcessor(createUnifiedProcessor(), exiting, { threads: 2 });
    processor.prewarm();
    const renderer = await processor.createRenderer(shared); // the options stop both workers, no page given yet
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('code 3')), {
      timeout: 5000,
    });
    const result = await renderer.render(samples[0]!);
    expect(result.code).toContain('<table>');
  });

  it('passes a rendering error on, as the main-thread pipeline would', async () => {
    const renderer = await parallelProcessor(createUnifiedProcessor(), workerModule, {
      threads: 1,
    }).createRenderer(shared);
    await expect(renderer.render(42 as unknown as string)).rejects.toThrow();
  });
});

describe('defaultThreadCount', () => {
  it('uses one thread per core, at most 4, and none on a single core', () => {
    expect([1, 2, 3, 8].map((cores) => defaultThreadCount(cores, undefined))).toEqual([0, 2, 3, 4]);
  });

  it('follows TILAB_MARKDOWN_THREADS, and refuses what is not a whole number', () => {
    expect(defaultThreadCount(8, '0')).toBe(0);
    expect(defaultThreadCount(2, '3')).toBe(3);
    expect(() => defaultThreadCount(2, 'deux')).toThrow(/TILAB_MARKDOWN_THREADS/);
  });
});
