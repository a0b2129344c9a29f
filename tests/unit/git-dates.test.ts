import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGitDates } from '../../src/lib/git-dates.ts';

// The feed's dates come from git: a case study's file first committed on a date was published
// then. A shallow clone (CI's may be one) must never give a later, wrong date.
let work: string;
const git = (cwd: string, args: string[], date?: string) =>
  execFileSync('git', args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  });

function commitFile(repo: string, file: string, text: string, date: string) {
  mkdirSync(join(repo, file, '..'), { recursive: true });
  writeFileSync(join(repo, file), text);
  git(repo, ['add', file]);
  git(repo, ['commit', '-q', '-m', `${file} ${date}`], date);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tilab-git-dates-'));
  const repo = join(work, 'origin');
  mkdirSync(repo);
  git(repo, ['init', '-q', '-b', 'main']);
  commitFile(repo, 'content/projets/ancien.md', 'v1', '2024-03-01T10:00:00+01:00');
  commitFile(repo, 'content/projets/ancien.md', 'v2', '2025-06-15T09:30:00+02:00');
  commitFile(repo, 'content/projets/moyen.md', 'v1', '2025-09-01T12:00:00+02:00');
  commitFile(repo, 'content/projets/recent.md', 'v1', '2026-01-10T08:00:00+01:00');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dates from git history', () => {
  it('gives each file its first commit and its last change in a full clone', () => {
    const clone = join(work, 'full');
    git(work, ['clone', '-q', `file://${join(work, 'origin')}`, clone]);
    const dates = readGitDates(clone);
    expect(dates.complete).toBe(true);
    expect(new Date(dates.firstCommits.get('content/projets/ancien.md')!).toISOString()).toBe(
      '2024-03-01T09:00:00.000Z',
    );
    expect(dates.lastChanges.get('content/projets/ancien.md')).toBe('2025-06-15');
    expect(new Date(dates.firstCommits.get('content/projets/recent.md')!).toISOString()).toBe(
      '2026-01-10T07:00:00.000Z',
    );
  });

  it('in a shallow clone, dates only what the history proves and leaves the rest undated', () => {
    const clone = join(work, 'shallow');
    git(work, ['clone', '-q', '--depth', '2', `file://${join(work, 'origin')}`, clone]);
    const dates = readGitDates(clone);
    expect(dates.complete).toBe(false);
    // Added after the cut-off commit: its first commit is in the clone.
    expect(new Date(dates.firstCommits.get('content/projets/recent.md')!).toISOString()).toBe(
      '2026-01-10T07:00:00.000Z',
    );
    // Already there at the cut-off commit: it may be older, so no date (not the cut-off's).
    expect(dates.firstCommits.has('content/projets/moyen.md')).toBe(false);
    expect(dates.firstCommits.has('content/projets/ancien.md')).toBe(false);
    expect(dates.lastChanges.size).toBe(0);
  });

  it('knows nothing outside a git repository', () => {
    const outside = join(work, 'no-git');
    mkdirSync(outside);
    const dates = readGitDates(outside);
    expect(dates).toMatchObject({ complete: false });
    expect(dates.firstCommits.size).toBe(0);
  });
});
