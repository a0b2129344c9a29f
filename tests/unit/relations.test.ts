import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/validation/check-content.ts';
import { groupByReference, relatedMethodsIndex } from '../../src/lib/relations.ts';

const method = (id: string, ...related: string[]) => ({
  id,
  data: { methodes_liees: related.map((r) => ({ id: r })) },
});

describe('relatedMethodsIndex', () => {
  it('shows a link on both sheets: if A lists B, B shows A', () => {
    const index = relatedMethodsIndex([method('a', 'b'), method('b'), method('c', 'a', 'b')]);
    expect(index.get('a')).toEqual(['b', 'c']);
    expect(index.get('b')).toEqual(['a', 'c']);
    expect(index.get('c')).toEqual(['a', 'b']);
  });

  it('never relates a sheet to itself and lists a pair once', () => {
    const index = relatedMethodsIndex([method('a', 'a', 'b'), method('b', 'a')]);
    expect(index.get('a')).toEqual(['b']);
    expect(index.get('b')).toEqual(['a']);
  });

  it('is symmetric on the real library', () => {
    const methods = checkContent('content').entries.filter(
      (e) => e.collection === 'methodes',
    ) as unknown as Parameters<typeof relatedMethodsIndex>[0];
    const index = relatedMethodsIndex(methods);
    for (const [id, related] of index) {
      for (const other of related) expect(index.get(other), `${id} → ${other}`).toContain(id);
    }
    // It checks the whole real library (Markdown trees included): seconds on a loaded machine.
  }, 20_000);
});

describe('groupByReference', () => {
  it('groups entries under each id they point to, once each', () => {
    const projects = [
      { id: 'p1', data: { methodes: [{ id: 'm1' }, { id: 'm2' }, { id: 'm1' }] } },
      { id: 'p2', data: { methodes: [{ id: 'm2' }] } },
    ];
    const groups = groupByReference(projects, (p) => p.data.methodes);
    expect(groups.get('m1')?.map((p) => p.id)).toEqual(['p1']);
    expect(groups.get('m2')?.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(groups.get('m3')).toBeUndefined();
  });
});
