/**
 * Which entity each actor candidate names, with the whole page in view.
 *
 * - A name or alias that only one entity claims names that entity.
 * - A person's short name (surname alone) names the person when the page names that person in full, or when no other
 *   entity claims the same form and the page names in full an entity the person shares a fact or an event with
 *   ("Trump" on a page about Iran; not "White" or "Miller" on a page about something else); otherwise it is skipped.
 * - An alias several entities claim goes to the claim whose `context` entities are named on the page, else to the
 *   `default` claim (a full-name claim without `context` counts as one), else it is skipped.
 *
 * "Named on the page" means matched through a full (non-short) form that no other entity claims: a set that does not
 * depend on the order of resolution.
 */
import type { ActorCandidate, EntityClaim } from './actors';
import type { PatternTable } from './patterns';

/** Entities a candidate names unambiguously by a full form; adds them to `named`. */
export function collectNamed(candidates: readonly ActorCandidate[], named: Set<number>): void {
  for (const { claims } of candidates) {
    if (claims.length === 1 && !claims[0]!.short) named.add(claims[0]!.entity);
  }
}

function only<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

/** The entity a candidate names given the entities named on the page, or undefined when it cannot tell. */
export function resolveCandidate(
  cand: ActorCandidate,
  table: PatternTable,
  named: ReadonlySet<number>,
): number | undefined {
  const { claims } = cand;
  if (claims.length === 1) {
    const claim = claims[0]!;
    if (!claim.short || named.has(claim.entity)) return claim.entity;
    const unique = table.claimants[cand.keyId] === 1;
    const inContext = [...(table.neighbours[claim.entity] ?? [])].some((n) => named.has(n));
    return unique && inContext ? claim.entity : undefined;
  }
  const overlap = (c: EntityClaim) => c.context.filter((e) => named.has(e)).length;
  const best = Math.max(...claims.map(overlap));
  if (best > 0) return only(claims.filter((c) => overlap(c) === best))?.entity;
  const namedShort = only(claims.filter((c) => c.short && named.has(c.entity)));
  if (namedShort) return namedShort.entity;
  const full = claims.filter((c) => !c.short);
  const fallback = only(claims.filter((c) => c.isDefault)) ?? only(full.filter((c) => c.context.length === 0));
  return fallback?.entity;
}
