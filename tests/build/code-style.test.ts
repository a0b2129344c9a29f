import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The ecosystem's own judges of code: Prettier (never on editors' Markdown, see .prettierignore)
// and ESLint with typescript-eslint and eslint-plugin-astro, both without a single warning.
function run(command: string, args: string[]) {
  return spawnSync('npx', [command, ...args], { encoding: 'utf8' });
}

describe('code style', () => {
  it('every code file is formatted by Prettier (npm run format fixes it)', () => {
    const result = run('prettier', ['--check', '.']);
    expect(result.stdout + result.stderr, 'run « npm run format »').toContain(
      'All matched files use Prettier code style',
    );
    expect(result.status).toBe(0);
  });

  it('ESLint finds no error and no warning (npm run lint)', () => {
    const result = run('eslint', ['.', '--max-warnings', '0']);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
