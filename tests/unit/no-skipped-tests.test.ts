import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

// A test that does not run must never pass unnoticed: no test is marked to be skipped, run only
// under a condition, left to do, or run alone. A missing program is a failure (npm test says
// which package to install), never a reason to skip.
const marker = new RegExp(
  [
    String.raw`\b(?:it|test|describe|suite|bench)\.(?:skip|skipIf|runIf|todo|only|fails)\b`,
    String.raw`\b(?:context|ctx|task)\.skip\s*\(`,
    String.raw`\bvi\.skip`,
  ].join('|'),
);

it('no test in tests/ is skipped, conditional, left to do or run alone', () => {
  const files = readdirSync('tests', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.[cm]?[jt]s$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.startsWith(join('tests', 'fixtures')) && !file.includes('.tmp'))
    // This file names the markers in its own examples below.
    .filter((file) => file !== relative(process.cwd(), import.meta.filename));
  expect(files.length).toBeGreaterThan(20);
  const found = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, index) => ({ file, line: index + 1, text: line.trim() }))
      .filter(({ text }) => marker.test(text)),
  );
  expect(found.map(({ file, line, text }) => `${file}:${line} ${text}`)).toEqual([]);
});

it('the pattern catches each way of skipping a test', () => {
  for (const line of [
    "it.skip('x', () => {})",
    'describe.skipIf(!nginx)(…)',
    'it.runIf(process.getuid() === 0)(…)',
    "it.todo('later')",
    "test.only('this one')",
    'context.skip()',
  ])
    expect(marker.test(line), line).toBe(true);
  expect(marker.test("it('offers a skip link first', …)")).toBe(false);
});
