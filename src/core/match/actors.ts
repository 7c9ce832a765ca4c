/**
 * Actor candidates in one block: every occurrence of a pattern key in the block's normalised text that stands as
 * whole words and that the case rule of at least one claim accepts. Which entity a candidate names is decided later,
 * with the whole page in view (`resolve.ts`).
 *
 * Word rules: a match must not touch a hyphen on either side, since a hyphen joins words ("IS" is not found in
 * "anti-IS", nor "U.S." in "U.S.-backed", while "anti-IS coalition" is found), nor a letter or digit where the key
 * itself starts or ends with one ("IS" is not found in "this"); an apostrophe is not part of a word, so "Iran's" and
 * "Iran’s" contain "Iran".
 */
import { originalSpan, type Normalized } from '../../lib/normalize';
import type { Automaton } from './automaton';
import {
  isLetterOrDigit,
  letterCaseAt,
  NO_CASE,
  UPPER,
  WORD_END,
  WORD_START,
  type Claim,
  type PatternTable,
} from './patterns';

/** What one entity's claims on a key say, merged (an entity may claim a key through several forms). */
export interface EntityClaim {
  entity: number;
  /** Every accepted claim of this entity is a short name. */
  short: boolean;
  context: readonly number[];
  isDefault: boolean;
}

export interface ActorCandidate {
  /** UTF-16 offsets into the original block text. */
  start: number;
  end: number;
  keyId: number;
  /** Per entity, the claims of the key whose case rule this occurrence satisfies (never empty). */
  claims: EntityClaim[];
}

function byEntity(claims: readonly Claim[]): EntityClaim[] {
  const entityClaim = (c: Claim): EntityClaim => ({
    entity: c.entity,
    short: c.short,
    context: c.context,
    isDefault: c.isDefault,
  });
  if (claims.length === 1) return [entityClaim(claims[0]!)];
  const merged = new Map<number, EntityClaim>();
  for (const c of claims) {
    const seen = merged.get(c.entity);
    if (seen === undefined) {
      merged.set(c.entity, entityClaim(c));
    } else {
      seen.short &&= c.short;
      seen.context = [...seen.context, ...c.context];
      seen.isDefault ||= c.isDefault;
    }
  }
  return [...merged.values()];
}

const HYPHEN = 0x2d;

/** Whether code unit `i` of normalised (lower-case) `text` is a letter or a digit (false outside the text). */
function letterOrDigitAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
  return isLetterOrDigit(text[i]!);
}

function caseOk(claim: Claim, original: string, norm: Normalized, start: number): boolean {
  if (claim.rule === 'any') return true;
  if (claim.rule === 'title') return claim.cases[0] !== UPPER || letterCaseAt(original, norm.map[start]!) === UPPER;
  for (let k = 0; k < claim.cases.length; k++) {
    const expected = claim.cases[k]!;
    if (expected !== NO_CASE && letterCaseAt(original, norm.map[start + k]!) !== expected) return false;
  }
  return true;
}

export function findActorCandidates(
  original: string,
  norm: Normalized,
  table: PatternTable,
  automaton: Automaton,
): ActorCandidate[] {
  const text = norm.text;
  const found: ActorCandidate[] = [];
  automaton.scan(text, (keyId, end) => {
    const key = table.keys[keyId]!;
    const start = end - key.length;
    const edges = table.wordEdges[keyId]!;
    if (text.charCodeAt(start - 1) === HYPHEN || (edges & WORD_START && letterOrDigitAt(text, start - 1))) return;
    if (text.charCodeAt(end) === HYPHEN || (edges & WORD_END && letterOrDigitAt(text, end))) return;
    const claims = table.claims[keyId]!.filter((c) => caseOk(c, original, norm, start));
    if (claims.length === 0) return;
    const span = originalSpan(original, norm, start, end);
    found.push({ start: span.start, end: span.end, keyId, claims: byEntity(claims) });
  });
  return found;
}
