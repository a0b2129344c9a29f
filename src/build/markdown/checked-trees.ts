import type { Root } from 'mdast';
import { resolve } from 'node:path';
import type { Processor } from 'unified';

// The content parsed once per build: the content check (src/build/validation/check-content.ts)
// parses each Markdown body into a tree for its rules, before Astro's content layer renders the same
// body with the site's processor (unified-processor.ts). During `astro build` the check hands its
// trees over here, and the processor's parser takes a file's tree instead of parsing its text again,
// provided the text is the very one the check parsed (else it parses, as it always could).

const trees = new Map<string, { body: string; tree: Root }>();

/** Keeps a file's tree for the build's renderer; `body` is the text it was parsed from. */
export function keepCheckedTree(path: string, body: string, tree: Root): void {
  trees.set(resolve(path), { body, tree });
}

/** Drops the trees the renderer did not take (files the content cache did not render again). */
export function forgetCheckedTrees(): void {
  trees.clear();
}

/** The tree kept for this file and this exact text, once: the renderer changes it as it goes. */
export function takeCheckedTree(path: string | undefined, body: string): Root | undefined {
  if (!path) return undefined;
  const kept = trees.get(resolve(path));
  if (!kept || kept.body !== body) return undefined;
  trees.delete(resolve(path));
  return kept.tree;
}

/**
 * Remark plugin, listed after remark-parse and remark-gfm: the parser takes the tree the content
 * check kept for the file it renders, and parses only what it was not given.
 */
export default function remarkCheckedTrees(this: Processor): void {
  const parse = this.parser!;
  this.parser = (document, file) => takeCheckedTree(file.path, document) ?? parse(document, file);
}
