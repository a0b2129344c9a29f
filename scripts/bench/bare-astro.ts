import { spawn } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { astroBin } from './run-build.ts';

// The yardstick for the site's own cost: a bare Astro project that builds the same Markdown files
// (the bench's content folder, real and generated) with the same Markdown processor (remark-gfm and
// our French punctuation, src/build/markdown/unified-processor.ts), one page per file in a trivial
// layout, and nothing else: no schema, no content check, no listings, no search index. It uses the
// project's node_modules and the performance settings a bare project could adopt as they are (the
// loader's retainBody, the build's concurrency), so that the ratio reads the site's work only.

const projectRoot = resolve(import.meta.dirname, '../..');
const processorModule = join(projectRoot, 'src/build/markdown/unified-processor.ts');

const files: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'tilab-bench-bare', private: true, type: 'module' })}\n`,
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import { createUnifiedProcessor } from ${JSON.stringify(processorModule)};

export default defineConfig({
  outDir: process.env.TILAB_OUT_DIR,
  cacheDir: process.env.TILAB_CACHE_DIR,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 4 },
  markdown: { syntaxHighlight: false, processor: createUnifiedProcessor() },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  entries: defineCollection({
    loader: glob({ base: process.env.TILAB_CONTENT_DIR, pattern: '*/**/*.md', retainBody: false }),
  }),
};
`,
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('entries')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <title>{String(entry.data.titre ?? entry.id)}</title>
  </head>
  <body>
    <main>
      <h1>{String(entry.data.titre ?? entry.id)}</h1>
      <Content />
    </main>
  </body>
</html>
`,
};

/** Writes the bare project in `folder`, its node_modules a link to the project's. */
export function writeBareProject(folder: string): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(folder, 'node_modules'), 'dir');
}

/** `astro build` of the bare project on a content folder, from an empty cache: its duration. */
export async function buildBare(
  folder: string,
  content: string,
): Promise<{ ok: boolean; wallMs: number; tail: string[] }> {
  const started = performance.now();
  const tail: string[] = [];
  const child = spawn(process.execPath, [astroBin, 'build'], {
    cwd: folder,
    env: {
      ...process.env,
      TILAB_CONTENT_DIR: content,
      TILAB_OUT_DIR: join(folder, 'dist'),
      TILAB_CACHE_DIR: join(folder, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr])
    stream.setEncoding('utf8').on('data', (chunk: string) => {
      tail.push(...chunk.split('\n').filter(Boolean));
      tail.splice(0, tail.length - 40);
    });
  const ok = (await new Promise((done) => child.on('close', done))) === 0;
  return { ok, wallMs: performance.now() - started, tail };
}
