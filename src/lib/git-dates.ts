import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { contentRoot } from './content-root.ts';

interface GitDates {
  root: string;
  /** Date (AAAA-MM-JJ) of each file's last commit; empty in a shallow clone. */
  lastChanges: Map<string, string>;
  /** Date and time (ISO 8601) of each file's first commit, only where the history proves it. */
  firstCommits: Map<string, string>;
  /** Whether git history was read whole: false without git or in a shallow clone. */
  complete: boolean;
}

/**
 * Reads the dates of every file from one `git log` at build time. In a shallow clone a file's
 * oldest visible commit may not be its first: its date is known only if that commit's parents
 * are in the clone (it is not one of the cut-off commits git lists as shallow). Last-change dates
 * are left out there too (every file would get the date of the cut-off commit): pages then fall
 * back to a frontmatter date.
 */
export function readGitDates(cwd: string = process.cwd()): GitDates {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 256 * 1024 * 1024,
      }).trim();
    const root = git('rev-parse', '--show-toplevel');
    const shallow = git('rev-parse', '--is-shallow-repository') === 'true';
    // The cut-off commits of a shallow clone: git lists them in its `shallow` file.
    const cutOff = new Set(
      shallow
        ? readFileSync(resolve(cwd, git('rev-parse', '--git-path', 'shallow')), 'utf8').split('\n')
        : [],
    );
    const lastChanges = new Map<string, string>();
    const firstCommits = new Map<string, string>();
    /** Files already there at a cut-off commit: they may be older than the clone. */
    const olderThanClone = new Set<string>();
    let commit = { hash: '', date: '' };
    // Newest commit first: a file's first line is its last change, its last line its first commit.
    // `--root` lists a commit without parents against the empty tree: a cut-off commit lists
    // every file it holds.
    const log = git('log', '--format=%x00%H %cI', '--name-only', '--no-renames', '--root');
    for (const line of log.split('\n')) {
      if (line.startsWith('\0')) {
        const [hash = '', date = ''] = line.slice(1).split(' ');
        commit = { hash, date };
      } else if (line) {
        if (!lastChanges.has(line)) lastChanges.set(line, commit.date.slice(0, 10));
        firstCommits.set(line, commit.date);
        if (cutOff.has(commit.hash)) olderThanClone.add(line);
      }
    }
    for (const file of olderThanClone) firstCommits.delete(file);
    if (shallow) lastChanges.clear();
    return { root, lastChanges, firstCommits, complete: !shallow };
  } catch {
    return {
      root: process.cwd(),
      lastChanges: new Map(),
      firstCommits: new Map(),
      complete: false,
    };
  }
}

const { root, lastChanges, firstCommits } = readGitDates();

/** Path of a file relative to the repository, as the forge shows it (content/… for a content folder kept elsewhere). */
export function repositoryPath(filePath: string): string {
  const inRepository = relative(root, resolve(filePath));
  const path = inRepository.startsWith('..')
    ? join('content', relative(contentRoot(), resolve(filePath)))
    : inRepository;
  return path.replace(/\\/g, '/');
}

/** Date of the file's last change in git history, if known. */
export function lastChanged(filePath: string): string | undefined {
  return lastChanges.get(repositoryPath(filePath));
}

/** When the file first came into the repository, hence onto the site, if the history proves it. */
export function firstPublished(filePath: string): Date | undefined {
  const date = firstCommits.get(repositoryPath(filePath));
  return date ? new Date(date) : undefined;
}
