/**
 * Aho–Corasick automaton over a fixed set of keys (normalised alias forms).
 *
 * One left-to-right pass over a text reports every occurrence of every key, in time proportional to the text length
 * plus the number of matches, whatever the number of keys. The trie lives in flat typed arrays: each node's edges are
 * a sorted run of (code unit, child) pairs, searched by bisection.
 */
import { finish, ticker, type Steps } from '../../lib/steps';

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
  const trie = yield* trieSteps(keys);
  const edges = freeze(trie);
  yield;
  const child = childFinder(edges);
  const { fail, dict } = yield* failureSteps(trie.size, edges, trie.out, child);
  const { out } = trie;
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

/**
 * Failure links, breadth first, a few thousand nodes at a time; `dict[node]`: the nearest node on the failure chain
 * (excluding itself) where a key ends, or NONE.
 */
function* failureSteps(
  size: number,
  { first, codes, targets }: Edges,
  out: Int32Array,
  child: (node: number, code: number) => number,
): Steps<{ fail: Int32Array; dict: Int32Array }> {
  const fail = new Int32Array(size);
  const dict = new Int32Array(size).fill(NONE);
  const queue = new Int32Array(size);
  let tail = 0;
  for (let k = first[ROOT]!; k < first[ROOT + 1]!; k++) queue[tail++] = targets[k]!;
  const tickNodes = ticker(NODES_PER_STEP);
  for (let head = 0; head < tail; head++) {
    if (tickNodes()) yield;
    const node = queue[head]!;
    for (let k = first[node]!; k < first[node + 1]!; k++) {
      const next = targets[k]!;
      let f = fail[node]!;
      let target = child(f, codes[k]!);
      while (target === NONE && f !== ROOT) {
        f = fail[f]!;
        target = child(f, codes[k]!);
      }
      const nextFail = target === NONE ? ROOT : target;
      fail[next] = nextFail;
      dict[next] = out[nextFail] !== NONE ? nextFail : dict[nextFail]!;
      queue[tail++] = next;
    }
  }
  return { fail, dict };
}
