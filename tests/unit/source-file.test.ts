import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../src/build/validation/source-file.ts';

describe('parseSourceFile', () => {
  const method =
    '---\ntitre: Personas\nphases:\n  - comprendre\nsources:\n  - titre: DITP\n    url: https://example.org\nderniere_revue: 2026-02-30\n---\n\n## Étapes\n';

  it('splits the frontmatter from the body and gives the body’s first line', () => {
    const source = parseSourceFile(method, false)!;
    expect(source.body).toBe('\n## Étapes\n');
    expect(source.bodyLine).toBe(10);
    expect(source.yamlErrors).toEqual([]);
  });

  it('keeps dates as written, so that an impossible date can be reported rather than moved to the next month', () => {
    expect(
      (parseSourceFile(method, false)!.data as { derniere_revue: unknown }).derniere_revue,
    ).toBe('2026-02-30');
  });

  it('finds the line of a field, of a list item, and of the closest parent when the field is missing', () => {
    const source = parseSourceFile(method, false)!;
    expect(source.lineOf(['titre'])).toBe(2);
    expect(source.lineOf(['sources', 0, 'url'])).toBe(7);
    expect(source.lineOf(['sources', 0, 'date'])).toBe(6);
    expect(source.lineOf(['difficulte'])).toBe(2);
  });

  it('reports broken YAML and duplicate keys with their line, and no data', () => {
    const broken = parseSourceFile('---\ntitre: a\nresume: "pas fermé\n---\n', false)!;
    expect(broken.data).toBeUndefined();
    expect(broken.yamlErrors.length).toBeGreaterThan(0);
    const duplicate = parseSourceFile('nom: A\ntype: region\nnom: B\n', true)!;
    expect(duplicate.data).toBeUndefined();
    expect(duplicate.yamlErrors[0]!.line).toBe(3);
  });

  it('returns nothing for a Markdown file without frontmatter', () => {
    expect(parseSourceFile('# Titre\n', false)).toBeUndefined();
  });
});
