/**
 * Whom a figure's own noun phrase is about: "90 Danish soldiers", "1,000 US troops", "Germany's 120 soldiers",
 * "the Spanish contingent of 50". This is the strongest clue to a figure's subject; the clause's actors come next
 * (see `facts.ts`).
 */

export interface ActorSpan {
  start: number;
  end: number;
  entity: number;
}

/** Nationality adjectives and demonyms, normalised ("danish", "francais"), to the state they name. */
export type DemonymTable = ReadonlyMap<string, number>;

const WORD = /\p{L}+(?:-\p{L}+)*/gu;
const POSSESSIVE = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** "the Spanish contingent of", "its force of some", "le contingent français de". */
const COLLECTIVE_BEFORE =
  /(?:^|\s)([\p{L}-]+)\s+(?:contingent|force|deployment|detachment|mission|troops|soldiers)\s+(?:of|numbering|totall?ing)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const COLLECTIVE_BEFORE_FR = /contingent\s+([\p{L}-]+)\s+(?:de|d['’])\s*(?:[\p{L}-]+\s+){0,2}$/iu;

const NOT_ASCII_WORD = /[^A-Za-z-]/;

function fold(word: string): string {
  // An ASCII word (most words of any page) has no marks to remove: the same result without decomposing.
  if (!NOT_ASCII_WORD.test(word)) return word.toLowerCase();
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

function demonymIn(text: string, demonyms: DemonymTable): number | undefined {
  for (const m of text.matchAll(WORD)) {
    const entity = demonyms.get(fold(m[0]));
    if (entity !== undefined) return entity;
  }
  return undefined;
}

/** Where the text names a state by a nationality word ("Danish", "Australians", "français"): context, not a highlight. */
export function demonymMentions(text: string, demonyms: DemonymTable): ActorSpan[] {
  if (demonyms.size === 0) return [];
  const out: ActorSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    const entity = demonyms.get(fold(m[0]));
    if (entity !== undefined) out.push({ start: m.index, end: m.index + m[0].length, entity });
  }
  return out;
}

/**
 * The entity the figure's noun phrase names: an actor or a nationality word inside the figure, an actor in the
 * possessive just before it, or a nationality word or actor before "contingent of" / "force of"; else undefined.
 */
export function phraseSubject(
  text: string,
  figure: { start: number; end: number },
  actors: readonly ActorSpan[],
  demonyms: DemonymTable,
): number | undefined {
  const inside = actors.find((a) => a.start >= figure.start && a.end <= figure.end);
  if (inside) return inside.entity;
  const named = demonymIn(text.slice(figure.start, figure.end), demonyms);
  if (named !== undefined) return named;
  const following = /^\s+([\p{L}-]+)/u.exec(text.slice(figure.end, figure.end + 40));
  const postNominal = following && demonyms.get(fold(following[1]!)); // "500 soldats canadiens"
  if (postNominal !== undefined && postNominal !== null) return postNominal;
  const before = actors.filter((a) => a.end <= figure.start && figure.start - a.end < 40);
  const last = before[before.length - 1];
  if (last && POSSESSIVE.test(text.slice(last.end, figure.start))) return last.entity;
  const lead = text.slice(Math.max(0, figure.start - 60), figure.start);
  const collective = COLLECTIVE_BEFORE.exec(lead) ?? COLLECTIVE_BEFORE_FR.exec(lead);
  if (collective) {
    const word = demonyms.get(fold(collective[1]!));
    if (word !== undefined) return word;
    const wordEnd =
      figure.start - lead.length + collective.index + collective[0].indexOf(collective[1]!) + collective[1]!.length;
    const actor = before.find((a) => a.end === wordEnd);
    if (actor) return actor.entity;
  }
  return undefined;
}
