/**
 * Document order of two nodes, computed from the tree itself. `Node.compareDocumentPosition` would do, but some DOM
 * implementations used in tests (linkedom) answer it wrongly for nodes in different branches.
 */

function pathFromRoot(node: Node): Node[] {
  const path: Node[] = [];
  for (let at: Node | null = node; at; at = at.parentNode) path.push(at);
  return path.reverse();
}

/** Negative when `a` comes first (an ancestor comes before its descendants), positive when `b` does, 0 when equal. */
export function compareDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const pa = pathFromRoot(a);
  const pb = pathFromRoot(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length) return -1;
  if (i === pb.length) return 1;
  for (let sibling = pa[i]!.nextSibling; sibling; sibling = sibling.nextSibling) {
    if (sibling === pb[i]) return -1;
  }
  return 1;
}

/** Whether `a` comes before `b` in document order. */
export function precedes(a: Node, b: Node): boolean {
  return compareDocumentOrder(a, b) < 0;
}

/** The deepest element that contains both nodes (either may be the other's ancestor), or null in different trees. */
export function commonAncestor(a: Node, b: Node): Element | null {
  const pa = pathFromRoot(a);
  const pb = pathFromRoot(b);
  let shared: Node | null = null;
  for (let i = 0; i < pa.length && i < pb.length && pa[i] === pb[i]; i++) shared = pa[i]!;
  for (let at = shared; at; at = at.parentNode) if (at.nodeType === 1) return at as Element;
  return null;
}
