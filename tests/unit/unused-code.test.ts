import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Unused files, exports and dependencies are found by knip (knip.json says what it cannot see:
// scripts loaded by <script src> in templates, fixture files, programs from Debian), not by review.
describe('the code base', () => {
  it('has no unused file, export or dependency (knip)', () => {
    const run = spawnSync('npx', ['knip', '--no-progress', '--no-config-hints'], {
      encoding: 'utf8',
    });
    expect(`${run.stdout}${run.stderr}`.trim()).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);
});
