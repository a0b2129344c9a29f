// A worker thread of the parallel Markdown processor (parallel-processor.ts): renders the
// Markdown it is sent with the site's unified pipeline and posts the result back.
import { parentPort } from 'node:worker_threads';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { createUnifiedProcessor } from './unified-processor.ts';
import type { RenderReply, ToRenderWorker } from './render-messages.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

parentPort!.on('message', async (message: ToRenderWorker) => {
  if (message.kind === 'options') {
    renderer = createUnifiedProcessor().createRenderer(message.shared);
    return;
  }
  const { id, content, fileURL, frontmatter } = message;
  let reply: RenderReply;
  try {
    if (!renderer) throw new Error('options de rendu Markdown non reçues');
    const result = await (
      await renderer
    ).render(content, {
      ...(frontmatter ? { frontmatter } : {}),
      ...(fileURL ? { fileURL: new URL(fileURL) } : {}),
    });
    reply = { id, result };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
