/**
 * The coalition's contributions, derived from the knowledge base alone: for each state taking part in a coalition
 * (or in an operation tied to one), its troop figure for the month the knowledge base documents best, its mission
 * or operation, and what it did that month, each with its sources. Nothing is filled in that the data lacks: a
 * state without a figure for the month gets an empty list, and the panel says so.
 *
 * - Coalition side: entities of type `coalition`, and operations related to one (either way round).
 * - Members: states linked to the coalition side (by `related`, or by a troop fact `about` it).
 * - Host: the state most troop facts are `about` (where the troops are); never a member row itself.
 * - Period: the month (YYYY-MM) with the most troop facts of members.
 * - A member's figure: among its troop facts of the period, grouped by `measure` (one quantity reported by several
 *   sources), the group that is most about the host (or a place related to it) and the coalition side, then the
 *   best sourced; every fact of the group is kept, so disagreeing sources stand side by side.
 * - What it did: its facts dated to the day within the period, and the period's timeline events it takes part in.
 */
import type { KbDetails } from '../runtime';
import type { Entity, Fact, Source } from '../schema';

export interface Named {
  id: string;
  name: string;
}

export interface SourcedFigure {
  factId: string;
  text: string;
  value: number;
  valueMax?: number;
  qualifier?: Fact['qualifier'];
  date?: string;
  sources: Source[];
}

export interface Action {
  id: string;
  date: string;
  text: string;
  sources: Source[];
}

export interface ContributionRow {
  state: Named;
  troops: SourcedFigure[];
  missions: Named[];
  actions: Action[];
}

export interface Contributions {
  /** YYYY-MM. */
  period: string;
  coalition: Named;
  host: Named | null;
  rows: ContributionRow[];
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function mostFrequent<T>(items: Iterable<T>): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestCount = 0;
  for (const item of items) {
    const n = (counts.get(item) ?? 0) + 1;
    counts.set(item, n);
    if (n > bestCount) [best, bestCount] = [item, n];
  }
  return best;
}

export function coalitionContributions(details: KbDetails): Contributions | null {
  const byId = new Map(details.entities.map((e) => [e.id, e]));
  const coalition = coalitionSide(details, byId);
  if (!coalition) return null;
  const isState = (id: string): boolean => byId.get(id)?.type === 'state';
  const troopFacts = details.facts.filter((f) => f.unit === 'troops' && f.value !== undefined && isState(f.subject));
  const host = hostOf(troopFacts, byId, isState);
  const members = membersOf(details, byId, coalition.side, troopFacts, host?.id);
  const memberIds = new Set(members.map((m) => m.state.id));
  const period = mostFrequent(
    troopFacts.filter((f) => memberIds.has(f.subject) && f.date && f.date.length >= 7).map((f) => f.date!.slice(0, 7)),
  );
  if (period === undefined) return null;

  const story: Story = { details, byId, side: coalition.side, troopFacts, inHost: placeIn(host, byId), period };
  const rows = members.map((member) => contributionRow(member, story));
  const largest = (r: ContributionRow): number => Math.max(-1, ...r.troops.map((t) => t.value));
  rows.sort((a, b) => largest(b) - largest(a) || a.state.name.localeCompare(b.state.name));
  return { period, coalition: named(coalition.entity), host: host ? named(host) : null, rows };
}

/** What a member's row is read from. */
interface Story {
  details: KbDetails;
  byId: ReadonlyMap<string, Entity>;
  /** The coalition side: the coalitions and the operations tied to one. */
  side: ReadonlySet<string>;
  /** Troop figures of states. */
  troopFacts: readonly Fact[];
  /** Whether an entity is the host state or a place in it. */
  inHost: (id: string) => boolean;
  /** YYYY-MM. */
  period: string;
}

/** A state taking part, with the coalition-side entities it is linked to. */
interface Member {
  state: Entity;
  linked: Set<string>;
}

const named = (e: Entity): Named => ({ id: e.id, name: e.name });

/** The coalition side (coalitions and the operations tied to one), and the coalition the facts name most. */
function coalitionSide(
  details: KbDetails,
  byId: ReadonlyMap<string, Entity>,
): { entity: Entity; side: Set<string> } | null {
  const coalitions = details.entities.filter((e) => e.type === 'coalition');
  const coalitionIds = new Set(coalitions.map((c) => c.id));
  const side = new Set(coalitionIds);
  for (const e of details.entities) {
    if (e.type !== 'operation') continue;
    const tied =
      (e.related ?? []).some((r) => coalitionIds.has(r)) || coalitions.some((c) => (c.related ?? []).includes(e.id));
    if (tied) side.add(e.id);
  }
  const coalition = mostFrequent(
    details.facts.flatMap((f) => [f.subject, ...(f.about ?? [])]).filter((id) => coalitionIds.has(id)),
  );
  const entity = coalition === undefined ? coalitions[0] : byId.get(coalition);
  return entity ? { entity, side } : null;
}

/** The host: the state most troop facts are about. */
function hostOf(
  troopFacts: readonly Fact[],
  byId: ReadonlyMap<string, Entity>,
  isState: (id: string) => boolean,
): Entity | undefined {
  const host = mostFrequent(troopFacts.flatMap((f) => (f.about ?? []).filter(isState)));
  return host === undefined ? undefined : byId.get(host);
}

/** Whether an entity is the host state, or a place related to it (either way round). */
function placeIn(host: Entity | undefined, byId: ReadonlyMap<string, Entity>): (id: string) => boolean {
  return (id) => {
    if (!host) return false;
    const place = byId.get(id);
    return (
      id === host.id ||
      (place?.type === 'place' && ((place.related ?? []).includes(host.id) || (host.related ?? []).includes(id)))
    );
  };
}

/** The states other than the host linked to the coalition side: by `related` either way, or by a troop fact about it. */
function membersOf(
  details: KbDetails,
  byId: ReadonlyMap<string, Entity>,
  side: ReadonlySet<string>,
  troopFacts: readonly Fact[],
  host: string | undefined,
): Member[] {
  const linkedSide = (state: Entity): Set<string> => {
    const linked = new Set<string>();
    for (const r of state.related ?? []) if (side.has(r)) linked.add(r);
    for (const id of side) if ((byId.get(id)?.related ?? []).includes(state.id)) linked.add(id);
    for (const f of troopFacts)
      if (f.subject === state.id) for (const a of f.about ?? []) if (side.has(a)) linked.add(a);
    return linked;
  };
  return details.entities
    .filter((e) => e.type === 'state' && e.id !== host)
    .map((state) => ({ state, linked: linkedSide(state) }))
    .filter((m) => m.linked.size > 0);
}

/** A member's row: its figure for the period, its missions, and what it did that month. */
function contributionRow({ state, linked }: Member, story: Story): ContributionRow {
  const { details, byId, period } = story;
  const sourcesOf = (ids: string[]): Source[] =>
    ids.map((id) => details.sources[id]).filter((s): s is Source => s !== undefined);
  const inPeriod = story.troopFacts.filter((f) => f.subject === state.id && f.date?.startsWith(period));
  const chosen = bestGroup(inPeriod, story.inHost, story.side);
  const chosenIds = new Set(chosen.map((f) => f.id));
  const operations = [...linked].filter((id) => byId.get(id)?.type === 'operation');
  const missions = (operations.length > 0 ? operations : [...linked])
    .map((id) => byId.get(id))
    .filter((e): e is Entity => e !== undefined)
    .map(named);
  const facts: Action[] = details.facts
    .filter(
      (f) => f.subject === state.id && !chosenIds.has(f.id) && f.date?.startsWith(period) && FULL_DATE.test(f.date),
    )
    .map((f) => ({ id: f.id, date: f.date!, text: f.text, sources: sourcesOf(f.sources) }));
  const events: Action[] = details.timeline
    .filter((ev) => ev.entities.includes(state.id) && ev.date.startsWith(period))
    .map((ev) => ({ id: ev.id, date: ev.date, text: ev.title, sources: sourcesOf(ev.sources) }));
  return {
    state: named(state),
    troops: chosen.map((f) => ({
      factId: f.id,
      text: f.text,
      value: f.value!,
      ...(f.valueMax !== undefined ? { valueMax: f.valueMax } : {}),
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
      ...(f.date ? { date: f.date } : {}),
      sources: sourcesOf(f.sources),
    })),
    missions,
    actions: [...events, ...facts].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

/** The facts of the one quantity that best answers "how many troops with the coalition in the host state". */
function bestGroup(facts: readonly Fact[], inHost: (id: string) => boolean, side: ReadonlySet<string>): Fact[] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = f.measure ?? f.id;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const score = (group: Fact[]): number => {
    const about = group.flatMap((f) => f.about ?? []);
    return (about.some(inHost) ? 4 : 0) + (about.some((a) => side.has(a)) ? 2 : 0) + group.length;
  };
  const largest = (group: Fact[]): number => Math.max(...group.map((f) => f.value ?? 0));
  let best: Fact[] = [];
  for (const group of groups.values()) {
    if (
      best.length === 0 ||
      score(group) > score(best) ||
      (score(group) === score(best) && largest(group) > largest(best))
    ) {
      best = group;
    }
  }
  return [...best].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}
