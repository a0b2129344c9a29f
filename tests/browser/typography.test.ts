import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typographyFaults, visibleText } from '../../src/build/validation/typography.ts';

// Every page of the built site, templates and data included, keeps French typography:
// a narrow no-break space before ; : ! ? and inside « », as the Markdown content has it.

const pages = readdirSync('dist', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath, entry.name));

describe('French typography on every built page', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it('puts a narrow no-break space before ; : ! ? and inside « »', () => {
    const faults = pages.flatMap((page) =>
      typographyFaults(visibleText(readFileSync(page, 'utf8'))).map(
        (fault) => `${relative('dist', page)} — « ${fault} »`,
      ),
    );
    expect([...new Set(faults)]).toEqual([]);
  });
});
