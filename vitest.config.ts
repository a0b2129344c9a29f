import { defineConfig } from 'vitest/config';

// Three kinds of tests, one command (`npm test`):
// unit (schemas and logic), build (fixture sites built with `npm run build`), browser (the real site in Debian's Chromium).
export default defineConfig({
  test: {
    // Vitest's default on a 2-core machine is one worker for everything: unit and build files can
    // share both cores (each fixture build has its own output and cache folders).
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/site-server.setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
