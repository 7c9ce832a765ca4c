/**
 * Collects the readable text of article regions as blocks: one block per run of inline content inside a block-level
 * container (a paragraph, heading, list item, quote, caption, cell, or a div whose own text forms a paragraph).
 * Text split across inline elements (`<em>`, `<a>`, `<span>`…) is one string; `<br>` counts as a space.
 *
 * The walk can run in slices (`textBlockCursor(...).collect(budgetMs)`) so a long page never blocks the main thread;
 * `collectTextBlocks` runs it to the end. `collectTextBlocksIn` collects only what a mutation added.
 */
import { ARTICLE_MARKERS } from './boilerplate';
import { compareDocumentOrder } from './document-order';
import { isSkipped } from './skip-rules';

export interface TextBlock {
  /** The concatenated text of `nodes`, with a space for each `<br>` between them. */
  text: string;
  nodes: Text[];
  /** Offset of each node's text in `text`. */
  starts: number[];
  /** The block-level container the text belongs to. */
  element: Element;
}

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const BLOCK_SELECTOR = [...BLOCK_TAGS].join(',');

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Nodes visited between two checks of the time budget. */
const CHECK_EVERY = 256;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName.toLowerCase());
}

/** The inline content gathered so far for one block-level container. */
class Run {
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private text = '';
  /** Length of `text` and of `nodes` up to the last node with visible characters. */
  private contentEnd = 0;
  private contentNodes = 0;

  constructor(readonly element: Element) {}

  addText(node: Text): void {
    const data = node.data;
    const blank = data.trim().length === 0;
    if (blank && this.contentNodes === 0) return;
    this.nodes.push(node);
    this.starts.push(this.text.length);
    this.text += data;
    if (!blank) {
      this.contentEnd = this.text.length;
      this.contentNodes = this.nodes.length;
    }
  }

  addBreak(): void {
    if (this.contentNodes > 0) this.text += ' ';
  }

  toBlock(): TextBlock | null {
    if (this.contentNodes === 0) return null;
    return {
      text: this.text.slice(0, this.contentEnd),
      nodes: this.nodes.slice(0, this.contentNodes),
      starts: this.starts.slice(0, this.contentNodes),
      element: this.element,
    };
  }
}

/** The nearest block-level ancestor-or-self of a node, not above `limit`. */
function blockOwner(node: Node, limit: Element): Element {
  let el: Element | null = isElement(node) ? node : node.parentElement;
  while (el && el !== limit && !isBlock(el)) el = el.parentElement;
  return el ?? limit;
}

/**
 * Yields the blocks of one sub-tree, and `null` every few hundred nodes so a caller can check its time budget.
 * @param owner the block-level container that the scope's own inline text belongs to
 */
function* walkScope(scope: Element, owner: Element = scope): Generator<TextBlock | null> {
  if (isSkipped(scope, { isRegionRoot: true })) return;
  const inside = { mayHoldArticle: scope.querySelector(ARTICLE_MARKERS) !== null };
  const owners: Element[] = [owner];
  let run = new Run(owner);
  let visited = 0;
  let node: Node | null = scope.firstChild;

  function* flush(next: Element): Generator<TextBlock> {
    const block = run.toBlock();
    if (block) yield block;
    run = new Run(next);
  }

  while (node) {
    if (++visited % CHECK_EVERY === 0) yield null;
    let descend = false;
    if (isText(node)) {
      run.addText(node);
    } else if (isElement(node)) {
      if (node.localName.toLowerCase() === 'br') {
        run.addBreak();
      } else if (!isSkipped(node, inside)) {
        descend = node.firstChild !== null;
        if (isBlock(node)) {
          yield* flush(node);
          if (descend) owners.push(node);
          else run = new Run(owners[owners.length - 1]!);
        }
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Next sibling, leaving each finished ancestor on the way up.
    while (node && node !== scope) {
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode;
      if (node === scope || !node) {
        node = null;
        break;
      }
      if (owners[owners.length - 1] === node) {
        owners.pop();
        yield* flush(owners[owners.length - 1]!);
      }
    }
  }
  const last = run.toBlock();
  if (last) yield last;
}

/** Regions in document order, without any region that lies inside another. */
function outermostInOrder(regions: Element[]): Element[] {
  const sorted = [...new Set(regions)].sort(compareDocumentOrder);
  const out: Element[] = [];
  for (const region of sorted) {
    const previous = out[out.length - 1];
    if (!previous || !previous.contains(region)) out.push(region);
  }
  return out;
}

function* walkRegions(regions: Element[]): Generator<TextBlock | null> {
  for (const region of outermostInOrder(regions)) yield* walkScope(region);
}

export interface TextBlockCursor {
  /** Whether every block has been collected. */
  readonly done: boolean;
  /** Collects blocks until the walk ends or about `budgetMs` have passed; returns the blocks found by this call. */
  collect(budgetMs: number): TextBlock[];
}

/** A resumable walk over the regions, for collecting a long page in slices between other work. */
export function textBlockCursor(regions: Element[]): TextBlockCursor {
  const walk = walkRegions(regions);
  let done = false;
  return {
    get done() {
      return done;
    },
    collect(budgetMs: number): TextBlock[] {
      const found: TextBlock[] = [];
      const deadline = performance.now() + budgetMs;
      while (!done) {
        const step = walk.next();
        if (step.done) done = true;
        else if (step.value) found.push(step.value);
        if (performance.now() >= deadline) break;
      }
      return found;
    },
  };
}

/** All blocks of the regions, in document order, at once. */
export function collectTextBlocks(regions: Element[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const block of walkRegions(regions)) if (block) blocks.push(block);
  return blocks;
}

/** Whether the node sits inside `region` under no skipped ancestor. */
function isCollectable(node: Node, region: Element): boolean {
  for (let el = node.parentElement; el && el !== region; el = el.parentElement) {
    if (isSkipped(el)) return false;
  }
  return !isSkipped(region, { isRegionRoot: true });
}

/**
 * The blocks holding content newly added inside the regions (from a MutationObserver's `addedNodes`).
 * An added block-level sub-tree gives its own blocks; added text or inline elements give the block of the paragraph
 * they joined (whole, since a name may span old and new text). Nodes outside the regions or in skipped sub-trees
 * give nothing. Blocks come once each, in document order.
 */
export function collectTextBlocksIn(nodes: Node[], regions: Element[]): TextBlock[] {
  const scopes = new Map<Element, Element>();
  const inlineAdds = new Map<Element, Node[]>();
  for (const node of nodes) {
    if (!isElement(node) && !isText(node)) continue;
    const region = regions.find((r) => r.contains(node));
    if (!region || !isCollectable(node, region)) continue;
    if (isElement(node) && isBlock(node)) {
      scopes.set(node, node);
    } else if (isElement(node) && node.querySelector(BLOCK_SELECTOR)) {
      scopes.set(node, blockOwner(node.parentElement ?? region, region));
    } else {
      const owner = blockOwner(node, region);
      inlineAdds.set(owner, [...(inlineAdds.get(owner) ?? []), node]);
    }
  }

  const blocks: TextBlock[] = [];
  const outerScopes = outermostInOrder([...scopes.keys()]);
  for (const scope of outerScopes) {
    for (const block of walkScope(scope, scopes.get(scope))) if (block) blocks.push(block);
  }
  for (const [owner, added] of inlineAdds) {
    if (outerScopes.some((s) => s.contains(owner))) continue;
    for (const block of walkScope(owner)) {
      if (block && block.element === owner && block.nodes.some((t) => added.some((a) => a.contains(t)))) {
        blocks.push(block);
      }
    }
  }
  return blocks.sort((a, b) => compareDocumentOrder(a.nodes[0]!, b.nodes[0]!));
}
