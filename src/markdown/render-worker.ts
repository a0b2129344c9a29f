// A worker thread of the parallel Markdown processor (parallel-processor.ts): renders the
// Markdown it is sent with the site's unified pipeline and posts the result back.
import { parentPort, workerData } from 'node:worker_threads';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { createUnifiedProcessor } from './unified-processor.ts';
import type { RenderReply, RenderRequest } from './render-messages.ts';

const renderer = await createUnifiedProcessor().createRenderer(workerData as AstroMarkdownOptions);

parentPort!.on('message', async ({ id, content, fileURL, frontmatter }: RenderRequest) => {
  let reply: RenderReply;
  try {
    const result = await renderer.render(content, { ...(frontmatter ? { frontmatter } : {}), ...(fileURL ? { fileURL: new URL(fileURL) } : {}) });
    reply = { id, result };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
