/**
 * What the hover card's entity body and the panel's entity card share besides their data (`kb/query/card-data`),
 * their labels and their formats: how an entity's facts are split between those known when the article was written
 * and those dated after it (under "Later"). The two views stay two components: the card is short (three facts,
 * sources with their titles) and lives in the page's shadow root with styles of its own; the panel's card lists the
 * entity's timeline and opens related entities.
 */

/** Facts in their order, split: known by the article's date, then those marked `later`. */
export function factsByTime<T extends { later?: true }>(facts: readonly T[]): { known: T[]; later: T[] } {
  return { known: facts.filter((f) => !f.later), later: facts.filter((f) => f.later) };
}
