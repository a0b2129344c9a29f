import { execFileSync } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { contentRoot } from './content-root.ts';

/**
 * Last commit date (AAAA-MM-JJ) of every file, from one `git log` at build
 * time. Empty without git or in a shallow clone (where every file would get
 * the date of the only commit): pages then fall back to a frontmatter date.
 */
function readGitDates(): { root: string; dates: Map<string, string> } {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 256 * 1024 * 1024,
      }).trim();
    const root = git('rev-parse', '--show-toplevel');
    if (git('rev-parse', '--is-shallow-repository') === 'true') return { root, dates: new Map() };
    const dates = new Map<string, string>();
    let current = '';
    for (const line of git('log', '--format=%x00%cs', '--name-only', '--no-renames').split('\n')) {
      if (line.startsWith('\0')) current = line.slice(1);
      else if (line && !dates.has(line)) dates.set(line, current);
    }
    return { root, dates };
  } catch {
    return { root: process.cwd(), dates: new Map() };
  }
}

const { root, dates } = readGitDates();

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
  return dates.get(repositoryPath(filePath));
}
