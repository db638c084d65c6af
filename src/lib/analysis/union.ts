/** Union–find over the indexes 0…n-1 (path compression): the groups of a set of pairwise links. */
export function unionFind(n: number) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  return { find, union: (a: number, b: number) => void (parent[find(a)] = find(b)) };
}
