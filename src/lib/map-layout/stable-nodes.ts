import type { MapNode } from './layout-map';

/**
 * The new layout's nodes, with each person who did not move kept as the very object they were
 * before: an edit lays the whole map out again, but a view keyed on these objects (Svelte's keyed
 * each) then updates only the dots that moved, not all 1,000.
 * @example keepUnmoved(before.nodes, after.nodes)[0] === before.nodes[0] // when p1 did not move
 */
export function keepUnmoved(before: readonly MapNode[], after: readonly MapNode[]): MapNode[] {
  const previous = new Map(before.map((node) => [node.id, node]));
  return after.map((node) => {
    const old = previous.get(node.id);
    return old !== undefined &&
      old.x === node.x &&
      old.y === node.y &&
      old.ring === node.ring &&
      old.context === node.context
      ? old
      : node;
  });
}
