/**
 * Aho–Corasick automaton over a fixed set of keys (normalised alias forms).
 *
 * One left-to-right pass over a text reports every occurrence of every key, in time proportional to the text length
 * plus the number of matches, whatever the number of keys. The trie lives in flat typed arrays, its nodes numbered
 * breadth first so that each node's edges are a sorted run of code units whose targets are implicit (the e-th edge of
 * the whole trie leads to node e + 1), searched by bisection. That form (`AutomatonData`) is what the build writes
 * once for the knowledge base (`prebuildAutomaton` in `patterns.ts`), and what a page loads without rebuilding anything
 * (`automatonFrom`).
 */
import type { AutomatonData } from '../../kb/runtime';
import { finish, ticker, type Steps } from '../../lib/steps';

export type { AutomatonData } from '../../kb/runtime';

export interface Automaton {
  /**
   * Reports every occurrence of every key in `text`: `onMatch(keyId, end)` with `end` the index just after the match
   * (the match starts at `end - keys[keyId].length`). Occurrences ending at the same index come longest first.
   */
  scan(text: string, onMatch: (keyId: number, end: number) => void): void;
}

const ROOT = 0;
const NONE = -1;

/** Keys inserted, or trie nodes linked, in one step. */
const KEYS_PER_STEP = 400;
const NODES_PER_STEP = 4_000;

/** Builds the automaton at once (tests, tools). */
export function buildAutomaton(keys: readonly string[]): Automaton {
  return finish(automatonSteps(keys));
}

/** The trie as built: first/next/last child links in typed arrays, and the key ending at each node. */
interface Trie {
  size: number;
  edgeCode: Uint16Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  out: Int32Array;
}

/** The trie's edges frozen: node n's edges are codes[first[n] .. first[n + 1]), sorted, with their targets. */
interface Edges {
  first: Int32Array;
  codes: Uint16Array;
  targets: Int32Array;
}

/** Steps that build the automaton: the trie a few hundred keys at a time, then its failure links. */
export function* automatonSteps(keys: readonly string[]): Steps<Automaton> {
  const data = yield* automatonDataSteps(keys);
  yield;
  return automatonFrom(data);
}

/** The automaton's data, built at once (the build, tests). */
export function buildAutomatonData(keys: readonly string[]): AutomatonData {
  return finish(automatonDataSteps(keys));
}

/** Steps that build the automaton's data: the trie, its failure links, then the trie renumbered breadth first. */
function* automatonDataSteps(keys: readonly string[]): Steps<AutomatonData> {
  const trie = yield* trieSteps(keys);
  const edges = freeze(trie);
  yield;
  const child = childFinder(edges);
  const { fail, order } = yield* failureSteps(trie.size, edges, child);
  yield;
  return breadthFirst(keys, trie, edges, fail, order);
}

/**
 * The data renumbered in breadth-first order (`order`: old node ids as visited, root first): node n's edges become
 * codes[first[n] .. first[n + 1]) with first the running sum of `edgeCounts`, and each edge's target its index + 1.
 */
function breadthFirst(
  keys: readonly string[],
  trie: Trie,
  edges: Edges,
  fail: Int32Array,
  order: Int32Array,
): AutomatonData {
  const { size } = trie;
  const renumbered = new Int32Array(size);
  for (let n = 0; n < size; n++) renumbered[order[n]!] = n;
  const edgeCounts = new Uint16Array(size);
  const codes = new Uint16Array(size - 1);
  const failOut = new Int32Array(size);
  let e = 0;
  for (let n = 0; n < size; n++) {
    const old = order[n]!;
    edgeCounts[n] = edges.first[old + 1]! - edges.first[old]!;
    for (let k = edges.first[old]!; k < edges.first[old + 1]!; k++) codes[e++] = edges.codes[k]!;
    failOut[n] = renumbered[fail[old]!]!;
  }
  const keyNodes = new Int32Array(keys.length).fill(NONE);
  for (let node = 0; node < size; node++) if (trie.out[node] !== NONE) keyNodes[trie.out[node]!] = renumbered[node]!;
  keys.forEach((key, id) => {
    if (keyNodes[id] !== NONE || key.length === 0) return;
    // A duplicate key: it ends where its first copy does.
    const first = keys.indexOf(key);
    keyNodes[id] = keyNodes[first]!;
  });
  return { keys: [...keys], edgeCounts, codes, fail: failOut, keyNodes };
}

/**
 * The automaton from its data, without building anything: the edges' start offsets (a running sum), the key ending
 * at each node (the smallest id, for duplicate keys), and the nearest key on each failure chain (breadth-first order
 * puts a node's failure target before it). Throws if the data does not hold together.
 */
export function automatonFrom(data: AutomatonData): Automaton {
  const { edgeCounts, codes, fail, keyNodes } = data;
  const size = edgeCounts.length;
  if (size === 0 || fail.length !== size || codes.length !== size - 1 || keyNodes.length !== data.keys.length) {
    throw new Error('automaton data: sizes do not agree');
  }
  const first = new Int32Array(size + 1);
  for (let n = 0; n < size; n++) first[n + 1] = first[n]! + edgeCounts[n]!;
  if (first[size] !== size - 1) throw new Error('automaton data: edges do not make a tree');
  const out = new Int32Array(size).fill(NONE);
  for (let id = 0; id < keyNodes.length; id++) {
    const node = keyNodes[id]!;
    if (node === NONE) continue;
    if (node <= ROOT || node >= size) throw new Error(`automaton data: key #${id} ends outside the trie`);
    if (out[node] === NONE) out[node] = id;
  }
  const dict = new Int32Array(size).fill(NONE);
  for (let n = 1; n < size; n++) {
    const f = fail[n]!;
    if (f < 0 || f >= n) throw new Error(`automaton data: node #${n} fails forward`);
    dict[n] = out[f] !== NONE ? f : dict[f]!;
  }
  const child = (node: number, code: number): number => {
    let lo = first[node]!;
    let hi = first[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = codes[mid]!;
      if (c === code) return mid + 1;
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return NONE;
  };
  return {
    scan(text, onMatch) {
      let node = ROOT;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let target = child(node, code);
        while (target === NONE && node !== ROOT) {
          node = fail[node]!;
          target = child(node, code);
        }
        node = target === NONE ? ROOT : target;
        if (out[node] !== NONE) onMatch(out[node]!, i + 1);
        for (let d = dict[node]!; d !== NONE; d = dict[d]!) onMatch(out[d]!, i + 1);
      }
    },
  };
}

/**
 * The trie, built from the keys in code-unit order so that a node's children arrive sorted and the child to follow,
 * if any, is always the last one added: no per-node allocation.
 */
function* trieSteps(keys: readonly string[]): Steps<Trie> {
  const order = keys.map((_, id) => id).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  const capacity = keys.reduce((n, key) => n + key.length, 1);
  const edgeCode = new Uint16Array(capacity);
  const firstChild = new Int32Array(capacity).fill(NONE);
  const lastChild = new Int32Array(capacity).fill(NONE);
  const nextSibling = new Int32Array(capacity).fill(NONE);
  const out = new Int32Array(capacity).fill(NONE);
  let size = 1;
  yield;
  const tickKeys = ticker(KEYS_PER_STEP);
  for (const id of order) {
    if (tickKeys()) yield;
    const key = keys[id]!;
    let node = ROOT;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      const last = lastChild[node]!;
      if (last !== NONE && edgeCode[last] === code) {
        node = last;
        continue;
      }
      const child = size++;
      edgeCode[child] = code;
      if (last === NONE) firstChild[node] = child;
      else nextSibling[last] = child;
      lastChild[node] = child;
      node = child;
    }
    if (key.length > 0 && out[node] === NONE) out[node] = id;
  }
  return { size, edgeCode, firstChild, nextSibling, out };
}

function freeze({ size, edgeCode, firstChild, nextSibling }: Trie): Edges {
  const first = new Int32Array(size + 1);
  const codes = new Uint16Array(size - 1);
  const targets = new Int32Array(size - 1);
  let e = 0;
  for (let node = 0; node < size; node++) {
    first[node] = e;
    for (let c = firstChild[node]!; c !== NONE; c = nextSibling[c]!) {
      codes[e] = edgeCode[c]!;
      targets[e++] = c;
    }
  }
  first[size] = e;
  return { first, codes, targets };
}

/** The child of `node` along `code`, by bisection over the node's sorted edges, or NONE. */
function childFinder({ first, codes, targets }: Edges): (node: number, code: number) => number {
  return (node, code) => {
    let lo = first[node]!;
    let hi = first[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = codes[mid]!;
      if (c === code) return targets[mid]!;
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return NONE;
  };
}

/** Failure links, breadth first, a few thousand nodes at a time, and the order nodes were visited in (root first). */
function* failureSteps(
  size: number,
  { first, codes, targets }: Edges,
  child: (node: number, code: number) => number,
): Steps<{ fail: Int32Array; order: Int32Array }> {
  const fail = new Int32Array(size);
  const queue = new Int32Array(size);
  let tail = 0;
  queue[tail++] = ROOT;
  const tickNodes = ticker(NODES_PER_STEP);
  for (let head = 0; head < tail; head++) {
    if (tickNodes()) yield;
    const node = queue[head]!;
    for (let k = first[node]!; k < first[node + 1]!; k++) {
      const next = targets[k]!;
      queue[tail++] = next;
      if (node === ROOT) continue;
      let f = fail[node]!;
      let target = child(f, codes[k]!);
      while (target === NONE && f !== ROOT) {
        f = fail[f]!;
        target = child(f, codes[k]!);
      }
      fail[next] = target === NONE ? ROOT : target;
    }
  }
  return { fail, order: queue };
}
