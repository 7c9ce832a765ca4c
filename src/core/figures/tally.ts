/**
 * Vote tallies: "170-0", "224–194", "55 to 45", "by 227 votes to 186", "par 100 voix contre 20" — two counts joined by a
 * dash or "to"/"contre", the first not smaller than the second, in a sentence about a vote. The figure is the count in
 * favour; the highlight covers the whole tally.
 */
import { numberAt } from './numbers';
import { touching, wordAt, type Token } from './tokens';

/** Words that make a sentence about a vote. */
const VOTE_WORDS = new Set([
  'vote',
  'votes',
  'voted',
  'voting',
  'passed',
  'approved',
  'adopted',
  'rejected',
  'margin',
  'tally',
  'ballot',
  'majority',
  'override',
  'resolution',
  'bill',
  'voix',
  'vote',
  'votee',
  'adopte',
  'adoptee',
  'scrutin',
  'rejete',
]);
const JOINERS = new Set(['to', 'contre', 'against', 'a']);
const DASHES = new Set(['-', '–', '—']);
/** How far (in tokens) a vote word may stand from the tally. */
const REACH = 14;

/** Whether a vote word stands near token `i`, not past a sentence end. */
function aboutAVote(tokens: readonly Token[], i: number): boolean {
  for (const step of [-1, 1]) {
    for (let j = i + step, n = 0; n < REACH && tokens[j] !== undefined; j += step, n++) {
      if (['.', '!', '?'].includes(tokens[j]!.text)) break;
      if (VOTE_WORDS.has(tokens[j]!.text)) return true;
    }
  }
  return false;
}

/**
 * A tally whose first count ends at token `end` (its value `value`, starting at token `first`): the token after the
 * tally, or undefined. "votes" between the counts ("227 votes to 186") is allowed.
 */
export function tallyEnd(tokens: readonly Token[], first: number, end: number, value: number): number | undefined {
  let j = end;
  if (wordAt(tokens, j) === 'votes' || wordAt(tokens, j) === 'voix') j++;
  const joiner = tokens[j];
  if (joiner === undefined) return undefined;
  const dash = DASHES.has(joiner.text) && touching(tokens, j - 1) && touching(tokens, j);
  if (!dash && !(joiner.kind === 'word' && JOINERS.has(joiner.text))) return undefined;
  const second = tokens[j + 1]?.kind === 'num' ? numberAt(tokens, j + 1) : undefined;
  if (second === undefined || second.value > value) return undefined;
  if (/^\d{4}$/.test(tokens[first]!.text)) return undefined; // "2019-2020"
  return aboutAVote(tokens, first) ? second.end : undefined;
}
