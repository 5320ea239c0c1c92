import { allKeys, buildPlaceTree, nextLevel } from './jurisdiction-tree';

describe('the jurisdiction tree', () => {
  const places = [
    { id: 'c', name: '示范县', level: 'COUNTY', parent: null },
    { id: 't', name: '城关镇', level: 'TOWNSHIP', parent: { id: 'c' } },
    { id: 'e', name: '东村', level: 'VILLAGE', parent: { id: 't' } },
    { id: 'w', name: '西村', level: 'VILLAGE', parent: { id: 't' } },
    { id: 'x', name: '外村', level: 'VILLAGE', parent: { id: 'elsewhere' } },
  ];

  it('hangs each place under its parent; a place whose parent is out of sight is a root', () => {
    const tree = buildPlaceTree(places);
    expect(tree.map((n) => n.title)).toEqual(['示范县', '外村']);
    expect(tree[0]!.children[0]!.children.map((n) => n.title)).toEqual(['东村', '西村']);
    expect(allKeys(tree)).toEqual(['c', 't', 'e', 'w', 'x']);
  });

  it('proposes the level below for a new child, none below a village', () => {
    expect(nextLevel('COUNTY')).toBe('TOWNSHIP');
    expect(nextLevel('VILLAGE')).toBeNull();
  });
});
