import { describe, expect, it } from 'vitest';
import { projectCountLabel } from '../../src/lib/project-filter.ts';

describe('project filters', () => {
  it('count in French', () => {
    expect(projectCountLabel(0)).toBe('Aucun projet ne correspond à ces critères.');
    expect(projectCountLabel(1)).toBe('1 projet correspond à ces critères.');
    expect(projectCountLabel(4)).toBe('4 projets correspondent à ces critères.');
  });
});
