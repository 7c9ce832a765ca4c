/**
 * The page's mentions, searchable the ways a reader reaches them: by a DOM point (the caret under the pointer, the
 * selection), by range (what `highlightsFromPoint` returns), and in reading order (next / previous mention).
 */
import type { Mention } from './mentions';

const TEXT_NODE = 3;
const SHOW_TEXT = 4;

/** The text nodes a range covers, in document order: walked from its start, not from its container's start. */
function textNodesIn(range: Range): Node[] {
  const { startContainer: start, endContainer: end } = range;
  if (start === end && start.nodeType === TEXT_NODE) return [start];
  const doc = start.ownerDocument ?? (start as Document);
  const walker = doc.createTreeWalker(range.commonAncestorContainer, SHOW_TEXT);
  const nodes: Node[] = [];
  let node: Node | null;
  if (start.nodeType === TEXT_NODE) {
    walker.currentNode = start;
    node = start;
  } else {
    node = walker.nextNode();
  }
  for (; node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) nodes.push(node);
    else if (nodes.length > 0) break;
    if (node === end) break;
  }
  return nodes;
}

/** Whether mention `a` starts before mention `b` in the document. */
function before(a: Mention, b: Mention): boolean {
  return a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range) < 0;
}

export class MentionIndex {
  private readonly ordered: Mention[] = [];
  private readonly byNode = new Map<Node, Mention[]>();
  private readonly byRange = new Map<Range, Mention>();

  get size(): number {
    return this.ordered.length;
  }

  /** All mentions, in reading order. */
  all(): readonly Mention[] {
    return this.ordered;
  }

  /** Adds mentions (drawn already: their ranges are final), keeping reading order. */
  add(mentions: readonly Mention[]): void {
    for (const mention of mentions) {
      this.insertOrdered(mention);
      this.byRange.set(mention.range, mention);
      for (const node of textNodesIn(mention.range)) {
        const list = this.byNode.get(node);
        if (list) list.push(mention);
        else this.byNode.set(node, [mention]);
      }
    }
  }

  /** Removes and returns the mentions `test` selects. */
  remove(test: (mention: Mention) => boolean): Mention[] {
    const removed = this.ordered.filter(test);
    if (removed.length === 0) return removed;
    const gone = new Set(removed);
    const kept = this.ordered.filter((m) => !gone.has(m));
    this.ordered.splice(0, this.ordered.length, ...kept);
    for (const m of removed) this.byRange.delete(m.range);
    for (const [node, list] of this.byNode) {
      const rest = list.filter((m) => !gone.has(m));
      if (rest.length === 0) this.byNode.delete(node);
      else if (rest.length !== list.length) this.byNode.set(node, rest);
    }
    return removed;
  }

  clear(): void {
    this.ordered.length = 0;
    this.byNode.clear();
    this.byRange.clear();
  }

  /** Mentions that cover some of this text node. */
  inNode(node: Node): readonly Mention[] {
    return this.byNode.get(node) ?? [];
  }

  /** The mention holding the DOM point, if any. */
  at(node: Node, offset: number): Mention | null {
    return this.inNode(node).find((m) => m.range.isPointInRange(node, offset)) ?? null;
  }

  forRange(range: Range): Mention | null {
    return this.byRange.get(range) ?? null;
  }

  /** How many mentions name this entity. */
  countOf(entity: string): number {
    let n = 0;
    for (const m of this.ordered) if (m.annotation.kind === 'actor' && m.annotation.entity === entity) n++;
    return n;
  }

  /** The mention's place among those `accept` takes, in reading order: 2 of 27. */
  placeOf(mention: Mention, accept: (m: Mention) => boolean = () => true): { n: number; of: number } {
    let n = 0;
    let of = 0;
    for (const m of this.ordered) {
      if (!accept(m)) continue;
      of++;
      if (m === mention) n = of;
    }
    return { n, of };
  }

  /**
   * The first mention after the point (`direction` 1) or the last before it (-1) that `accept` takes; a mention
   * holding the point is neither.
   */
  step(node: Node, offset: number, direction: 1 | -1, accept: (m: Mention) => boolean = () => true): Mention | null {
    // Index of the first mention that starts after the point.
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ordered[mid]!.range.comparePoint(node, offset) < 0) hi = mid;
      else lo = mid + 1;
    }
    if (direction === 1) {
      for (let i = lo; i < this.ordered.length; i++) if (accept(this.ordered[i]!)) return this.ordered[i]!;
      return null;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const m = this.ordered[i]!;
      if (m.range.comparePoint(node, offset) > 0 && accept(m)) return m;
    }
    return null;
  }

  private insertOrdered(mention: Mention): void {
    const list = this.ordered;
    const last = list[list.length - 1];
    if (!last || before(last, mention)) {
      list.push(mention);
      return;
    }
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(list[mid]!, mention)) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, mention);
  }
}
