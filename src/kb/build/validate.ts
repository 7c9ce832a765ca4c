/**
 * Validates the knowledge base's topic files against the authoring schema (`schema.ts`) and the authoring rules
 * (`README.md`), and merges them into one {@link KbDetails}.
 *
 * Every problem is collected, never thrown, and names its file and entry (the entry's id, or its JSON path such as
 * `facts[12]` when it has no id). Entries whose shape is wrong are left out of the merged result, so the later
 * checks (references, alias collisions) only look at well-formed entries; their ids are still registered, so one
 * typo does not cascade into "unknown id" errors elsewhere.
 */
import type { PublisherRegistry } from './publishers';
import { checkSourceRules } from './validate-sources';
import { normalize } from '../../lib/normalize';
import type { KbDetails } from '../runtime';
import { CASE_RULES, ENTITY_TYPES, PLACE_KINDS, QUALIFIERS, UNITS } from '../schema';
import type { AliasSpec, CaseRule, Entity, Fact, Source, TimelineEvent } from '../schema';

export interface TopicFileInput {
  /** The file name, e.g. `coalition.json`. */
  file: string;
  data: unknown;
}

export interface KbError {
  file: string;
  /** The entry's id, or its JSON path (`facts[12]`), or the top-level field of the file (`topic`). */
  entry: string;
  message: string;
}

export interface KbValidation {
  /** The merged knowledge base. Complete and consistent only when `errors` is empty. */
  kb: KbDetails;
  errors: KbError[];
  warnings: KbError[];
}

export function formatKbError(error: KbError): string {
  return `${error.file} › ${error.entry}: ${error.message}`;
}

/**
 * Validates the topic files; with the publisher registry, also the sourcing rules (`validate-sources.ts`).
 */
export function validateKb(files: readonly TopicFileInput[], registry?: PublisherRegistry): KbValidation {
  const ctx: Context = { errors: [], warnings: [], ids: new Map(), entries: emptySections() };
  for (const input of files) readTopicFile(input, ctx);
  const { entries } = ctx;
  const sources = entries.sources as Located<Source>[];
  const entities = entries.entities as Located<Entity>[];
  const facts = entries.facts as Located<Fact>[];
  const timeline = entries.timeline as Located<TimelineEvent>[];

  for (const entity of entities) checkEntityRules(entity, ctx);
  for (const fact of facts) checkFactRules(fact, ctx);
  checkReferences(entities, facts, timeline, ctx);
  checkAliases(entities, ctx);
  checkUncitedSources(sources, [...entities, ...facts, ...timeline], ctx);
  if (registry) {
    checkSourceRules({ sources, entities, facts, timeline }, registry, {
      error: ({ file, entry }, message) => ctx.errors.push({ file, entry, message }),
      warning: ({ file, entry }, message) => ctx.warnings.push({ file, entry, message }),
    });
  }

  return {
    kb: {
      entities: entities.map((e) => e.item),
      facts: facts.map((f) => f.item),
      timeline: timeline.map((t) => t.item),
      sources: Object.fromEntries(sources.map((s) => [s.item.id, s.item])),
    },
    errors: ctx.errors,
    warnings: ctx.warnings,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Field checks

/** Reports a problem at a path inside the entry being checked ("" for the entry itself, "aliases[1].case"). */
type Report = (path: string, message: string) => void;
type Check = (value: unknown, path: string, report: Report) => void;
interface Field {
  check: Check;
  required: boolean;
}
type Fields = Record<string, Field>;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const TIME_WITH_ZONE = /^(?:[01]\d|2[0-3]):[0-5]\d(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const LANG = /^[a-z]{2}$/;

const req = (check: Check): Field => ({ check, required: true });
const opt = (check: Check): Field => ({ check, required: false });

function is(test: (value: unknown) => boolean, expected: string): Check {
  return (value, path, report) => {
    if (!test(value)) report(path, `expected ${expected}, got ${show(value)}`);
  };
}

const text = is((v) => typeof v === 'string' && v.trim() !== '', 'a non-empty string');
const id = is((v) => typeof v === 'string' && KEBAB.test(v), 'a kebab-case id');
const isoDate = is(isIsoDate, 'a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD');
const time = is((v) => typeof v === 'string' && TIME_WITH_ZONE.test(v), 'a time "HH:MM" with its zone ("00:52+03:00")');
const url = is(isHttpUrl, 'an absolute http(s) URL');
const lang = is((v) => typeof v === 'string' && LANG.test(v), 'an ISO 639-1 language code ("fr")');
const number = is((v) => typeof v === 'number' && Number.isFinite(v), 'a number');
const boolean = is((v) => typeof v === 'boolean', 'true or false');
const oneOf = (values: readonly string[]): Check =>
  is((v) => typeof v === 'string' && values.includes(v), `one of ${values.join(', ')}`);

/** An array of items; with `emptyMessage`, an empty array is a problem too. A string listed twice is a problem. */
function listOf(item: Check, emptyMessage?: string): Check {
  return (value, path, report) => {
    if (!Array.isArray(value)) return report(path, `expected an array, got ${show(value)}`);
    if (value.length === 0 && emptyMessage !== undefined) report(path, emptyMessage);
    value.forEach((v, k) => {
      const at = `${path}[${k}]`;
      if (typeof v === 'string' && value.indexOf(v) < k) report(at, `${show(v)} is listed twice`);
      else item(v, at, report);
    });
  };
}

const ids = listOf(id);
const citations = listOf(id, 'cite at least one source');

const ALIAS_FIELDS: Fields = {
  text: req(text),
  case: opt(oneOf(CASE_RULES)),
  lang: opt(lang),
  context: opt(listOf(id, 'list at least one entity id, or leave context out')),
  default: opt(boolean),
};

const alias: Check = (value, path, report) => {
  if (typeof value === 'string') text(value, path, report);
  else checkObject(value, ALIAS_FIELDS, path, report);
};

/** A nested object of the given fields. */
const object = (fields: Fields): Check => (value, path, report) => checkObject(value, fields, path, report);

/** The French of an entity's description and role, and of a timeline event's title and text. */
const FRENCH_ENTITY: Fields = { description: req(text), role: req(text) };
const FRENCH_EVENT: Fields = { title: req(text), text: req(text) };

const SOURCE_FIELDS: Fields = {
  id: req(id),
  publisher: req(text),
  title: req(text),
  date: opt(isoDate),
  url: req(url),
  lang: opt(lang),
};

const ENTITY_FIELDS: Fields = {
  id: req(id),
  type: req(oneOf(ENTITY_TYPES)),
  name: req(text),
  aliases: opt(listOf(alias)),
  shortNames: opt(listOf(text)),
  demonyms: opt(listOf(text)),
  placeKind: opt(oneOf(PLACE_KINDS)),
  description: req(text),
  role: req(text),
  fr: req(object(FRENCH_ENTITY)),
  related: opt(ids),
  event: opt(id),
  sources: req(citations),
};

const FACT_FIELDS: Fields = {
  id: req(id),
  subject: req(id),
  text: req(text),
  about: opt(ids),
  value: opt(number),
  valueMax: opt(number),
  unit: opt(oneOf(UNITS)),
  unitLabel: opt(text),
  qualifier: opt(oneOf(QUALIFIERS)),
  date: opt(isoDate),
  measure: opt(id),
  sources: req(citations),
};

const TIMELINE_FIELDS: Fields = {
  id: req(id),
  date: req(isoDate),
  time: opt(time),
  title: req(text),
  text: req(text),
  fr: req(object(FRENCH_EVENT)),
  entities: req(listOf(id, 'name at least one entity')),
  sources: req(citations),
};

function checkObject(value: unknown, fields: Fields, path: string, report: Report): void {
  if (!isRecord(value)) return report(path, `expected an object, got ${show(value)}`);
  const known = Object.keys(fields);
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(fields, key)) report(join(path, key), `unknown field (expected one of ${known.join(', ')})`);
  }
  for (const [key, field] of Object.entries(fields)) {
    const v = value[key];
    if (v !== undefined) field.check(v, join(path, key), report);
    else if (field.required) report(join(path, key), 'missing');
  }
}

function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const year = Number(y);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  const day = Number(d);
  return day >= 1 && day <= days;
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || /\s/.test(value)) return false;
  try {
    const parsed = new URL(value);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the files

type Kind = 'source' | 'entity' | 'fact' | 'timeline event';
type Section = 'sources' | 'entities' | 'facts' | 'timeline';

const SECTIONS: Record<Section, { kind: Kind; fields: Fields }> = {
  sources: { kind: 'source', fields: SOURCE_FIELDS },
  entities: { kind: 'entity', fields: ENTITY_FIELDS },
  facts: { kind: 'fact', fields: FACT_FIELDS },
  timeline: { kind: 'timeline event', fields: TIMELINE_FIELDS },
};

/** A well-formed entry and where it was written. */
interface Located<T> {
  file: string;
  entry: string;
  item: T;
}

interface Context {
  errors: KbError[];
  warnings: KbError[];
  /** Every id defined anywhere, with its kind and place. */
  ids: Map<string, { kind: Kind; file: string }>;
  entries: Record<Section, Located<unknown>[]>;
}

function emptySections(): Record<Section, Located<unknown>[]> {
  return { sources: [], entities: [], facts: [], timeline: [] };
}

function readTopicFile({ file, data }: TopicFileInput, ctx: Context): void {
  const fileError = (entry: string, message: string): void => {
    ctx.errors.push({ file, entry, message });
  };
  if (!isRecord(data)) return fileError('(file)', `expected an object with "topic", got ${show(data)}`);
  const topic = (file.split('/').pop() ?? file).replace(/\.json$/, '');
  const sections = Object.keys(SECTIONS);
  for (const key of Object.keys(data)) {
    if (key !== 'topic' && !sections.includes(key)) {
      fileError(key, `unknown field (expected one of topic, ${sections.join(', ')})`);
    }
  }
  if (data.topic !== topic) fileError('topic', `expected "${topic}" (the file name), got ${show(data.topic)}`);
  for (const section of sections as Section[]) {
    const list = data[section];
    if (list === undefined) continue;
    if (!Array.isArray(list)) fileError(section, `expected an array, got ${show(list)}`);
    else list.forEach((raw, index) => readEntry(file, section, raw, index, ctx));
  }
}

function readEntry(file: string, section: Section, raw: unknown, index: number, ctx: Context): void {
  const { kind, fields } = SECTIONS[section];
  const rawId = isRecord(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : undefined;
  const entry = rawId ?? `${section}[${index}]`;
  const errorsBefore = ctx.errors.length;
  checkObject(raw, fields, '', (path, message) => ctx.errors.push({ file, entry, message: at(path, message) }));
  if (rawId !== undefined) {
    const first = ctx.ids.get(rawId);
    if (first) ctx.errors.push({ file, entry, message: `id is already used in ${first.file} (${first.kind})` });
    else ctx.ids.set(rawId, { kind, file });
  }
  if (ctx.errors.length === errorsBefore) ctx.entries[section].push({ file, entry, item: raw });
}

// ---------------------------------------------------------------------------------------------------------------
// Rules across fields, entries and files

function checkEntityRules({ file, entry, item }: Located<Entity>, ctx: Context): void {
  const error = (message: string) => ctx.errors.push({ file, entry, message });
  if (item.placeKind !== undefined && item.type !== 'place') error(`placeKind: only for type "place"`);
  if (item.shortNames !== undefined && item.type !== 'person') error(`shortNames: only for persons`);
  if (item.event !== undefined && item.type !== 'event') error(`event: only for type "event"`);
  if (item.demonyms?.some((d) => /\s/.test(d.trim()))) error(`demonyms: one word each ("Danish", "danois")`);
  // `shortNames: []` says on purpose that the surname alone must not link (a common name or word).
  if (item.type === 'person' && item.shortNames === undefined) {
    ctx.warnings.push({ file, entry, message: 'a person without shortNames: the surname alone will not link (say [] if meant)' });
  }
}

function checkFactRules({ file, entry, item }: Located<Fact>, ctx: Context): void {
  const error = (message: string) => ctx.errors.push({ file, entry, message });
  if (item.value === undefined) {
    if (item.unit !== undefined) error('value: missing (a fact with a unit needs a value)');
    for (const field of ['valueMax', 'qualifier', 'unitLabel', 'measure'] as const) {
      if (item[field] !== undefined) error(`${field}: only for a fact with a value`);
    }
    return;
  }
  if (item.unit === undefined) error('unit: missing (a fact with a value needs a unit)');
  if (item.measure === undefined) error('measure: missing (a fact with a value names the quantity it reports)');
  if (item.unit === 'count' && item.unitLabel === undefined) {
    error('unitLabel: missing (unit "count" needs a unitLabel saying what is counted)');
  }
  if (item.valueMax !== undefined && item.valueMax <= item.value) {
    error(`valueMax: must be greater than value (${item.value}), got ${item.valueMax}`);
  }
}

function checkReferences(
  entities: Located<Entity>[],
  facts: Located<Fact>[],
  timeline: Located<TimelineEvent>[],
  ctx: Context,
): void {
  const refer = (from: Located<unknown>, kind: Kind, path: string, target: string) => {
    const found = ctx.ids.get(target);
    const problem = !found
      ? `no ${kind} has the id "${target}"`
      : found.kind !== kind
        ? `"${target}" is ${withArticle(found.kind)}, not ${withArticle(kind)}`
        : undefined;
    if (problem) ctx.errors.push({ file: from.file, entry: from.entry, message: at(path, problem) });
  };
  const referAll = (from: Located<unknown>, kind: Kind, path: string, targets: readonly string[] = []) =>
    targets.forEach((target, k) => refer(from, kind, `${path}[${k}]`, target));

  for (const e of entities) {
    referAll(e, 'entity', 'related', e.item.related);
    if (e.item.event !== undefined) refer(e, 'timeline event', 'event', e.item.event);
    e.item.aliases?.forEach((a, k) => {
      if (typeof a !== 'string') referAll(e, 'entity', `aliases[${k}].context`, a.context);
    });
    referAll(e, 'source', 'sources', e.item.sources);
  }
  for (const f of facts) {
    refer(f, 'entity', 'subject', f.item.subject);
    referAll(f, 'entity', 'about', f.item.about);
    referAll(f, 'source', 'sources', f.item.sources);
  }
  for (const t of timeline) {
    referAll(t, 'entity', 'entities', t.item.entities);
    referAll(t, 'source', 'sources', t.item.sources);
  }
}

/** One entity's claim on a normalised key, by its name or an alias (short names of persons are exempt). */
interface Claim {
  at: Located<Entity>;
  by: 'name' | 'alias';
  form: string;
  context: boolean;
  default: boolean;
}

/**
 * A key that several entities claim must have `context` on every claim except at most one `default: true`; an
 * entity that repeats one of its own forms gets a warning.
 */
function checkAliases(entities: Located<Entity>[], ctx: Context): void {
  const claimsByKey = new Map<string, Claim[]>();
  for (const at of entities) {
    for (const claim of claimsOf(at, ctx)) {
      const key = normalize(claim.form);
      claimsByKey.set(key, [...(claimsByKey.get(key) ?? []), claim]);
    }
  }
  for (const [key, claims] of claimsByKey) {
    const claimants = new Set(claims.map((c) => c.at.item.id));
    const defaults = claims.filter((c) => c.default);
    const report = (list: KbError[], c: Claim, message: string) =>
      list.push({ file: c.at.file, entry: c.at.entry, message: `${c.by} "${c.form}": ${message}` });
    if (claimants.size < 2) {
      for (const c of defaults) report(ctx.warnings, c, `default is set, but no other entity claims "${key}"`);
      continue;
    }
    for (const c of claims) {
      const others = claims.filter((o) => o.at.item.id !== c.at.item.id);
      const shared = `"${key}" is also claimed by ${others.map(describeClaim).join(', ')}`;
      if (c.default && c !== defaults[0]) report(ctx.errors, c, `${shared}, and only one claim may be the default`);
      else if (!c.context && !c.default) {
        const fix =
          c.by === 'name'
            ? 'a name cannot take a context: give a more specific name, and claim the shared form as an alias'
            : 'give it a context, or make it the one default claim';
        report(ctx.errors, c, `${shared}; ${fix}`);
      }
    }
  }
}

/** The entity's name and aliases as claims; warns about an alias that repeats a form the entity already has. */
function claimsOf(at: Located<Entity>, ctx: Context): Claim[] {
  const { name, aliases = [] } = at.item;
  const claims: Claim[] = [{ at, by: 'name', form: name, context: false, default: false }];
  const forms = new Map([[matchSignature(name, 'title'), name]]);
  for (const alias of aliases) {
    const spec: AliasSpec = typeof alias === 'string' ? { text: alias } : alias;
    const context = spec.context !== undefined;
    claims.push({ at, by: 'alias', form: spec.text, context, default: spec.default === true });
    const signature = matchSignature(spec.text, spec.case ?? 'title');
    const repeated = forms.get(signature);
    if (repeated === undefined) forms.set(signature, spec.text);
    else {
      const message = `alias "${spec.text}" repeats "${repeated}" (same normalised form and case rule)`;
      ctx.warnings.push({ file: at.file, entry: at.entry, message });
    }
  }
  return claims;
}

function describeClaim(c: Claim): string {
  return `${c.at.item.id} (${c.by} "${c.form}")`;
}

/** What a form matches under its case rule: two forms with the same signature match exactly the same text. */
function matchSignature(form: string, rule: CaseRule): string {
  if (rule === 'exact') return `exact:${form}`;
  if (rule === 'title' && /^\p{Lu}/u.test(form)) return `title:${normalize(form)}`;
  return `any:${normalize(form)}`;
}

function checkUncitedSources(
  sources: Located<Source>[],
  citing: Located<{ sources: string[] }>[],
  ctx: Context,
): void {
  const cited = new Set(citing.flatMap((c) => c.item.sources));
  for (const { file, entry, item } of sources) {
    if (!cited.has(item.id)) ctx.warnings.push({ file, entry, message: 'source is never cited' });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function at(path: string, message: string): string {
  return path === '' ? message : `${path}: ${message}`;
}

function withArticle(kind: Kind): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

function show(value: unknown): string {
  const shown = value === undefined ? 'nothing' : JSON.stringify(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}
