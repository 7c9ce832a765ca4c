/**
 * The JSON shape of the knowledge base's files, as valibot schemas: the entries of the topic files
 * (`data/*.json`, typed by `../schema.ts`) and the publisher registry (`data/publishers.json`, typed by
 * `publishers.ts`). Build time only (Node): nothing here ships, and the types the extension uses stay in
 * `../schema.ts`, which cannot import build code; `tests/unit/kb/build/shape.test.ts` checks that the two agree.
 *
 * Each problem is an {@link ShapeIssue}: where in the value (`aliases[1].case`, "" for the value itself) and what is
 * wrong ("expected a kebab-case id, got "Zenda_Fact"", "missing", "unknown field (expected one of …)").
 * Rules that look across fields, entries or files are written on top of these shapes (`entry-rules.ts`,
 * `references.ts`, `aliases.ts`, `validate-sources.ts`).
 */
import * as v from 'valibot';
import { CASE_RULES, ENTITY_TYPES, PLACE_KINDS, PUBLISHER_KINDS, QUALIFIERS, UNITS } from '../schema';

export interface ShapeIssue {
  /** Where the problem is inside the value checked: "" for the value itself, `fr.title`, `sources[1]`. */
  path: string;
  /** The same path as keys and indexes: `['fr', 'title']`, `['sources', 1]`. */
  keys: (string | number)[];
  message: string;
}

/** The problems of `value` against `schema`; none when it has the shape. */
export function shapeIssues(schema: v.GenericSchema, value: unknown): ShapeIssue[] {
  const result = v.safeParse(schema, value);
  if (result.success) return [];
  return result.issues.map((issue) => {
    const keys = (issue.path ?? []).map((item) => item.key as string | number);
    return { path: formatPath(keys), keys, message: issue.message };
  });
}

/** `aliases[1].case` from its keys and indexes. */
export function formatPath(keys: readonly (string | number)[]): string {
  return keys.map((key, k) => (typeof key === 'number' ? `[${key}]` : k === 0 ? key : `.${key}`)).join('');
}

// ---------------------------------------------------------------------------------------------------------------
// Building blocks

/** "expected …, got …" for a value of the wrong kind; "missing" for a required field that is absent. */
function expected(what: string): (issue: v.BaseIssue<unknown>) => string {
  return (issue) => (issue.input === undefined ? 'missing' : `expected ${what}, got ${show(issue.input)}`);
}

/** A string that passes `test`. */
function string(what: string, test: (value: string) => boolean) {
  return v.pipe(v.string(expected(what)), v.check(test, expected(what)));
}

const oneOf = <const T extends readonly string[]>(values: T) =>
  v.picklist(values, expected(`one of ${values.join(', ')}`));

/**
 * An object of exactly these fields: every unknown field is a problem (each one, not only the first, as
 * `strictObject` would report), and so is every required field that is absent.
 */
function record<const E extends v.ObjectEntries>(
  entries: E,
  what = 'an object',
): v.GenericSchema<unknown, v.InferOutput<v.StrictObjectSchema<E, undefined>>> {
  const unknownField = `unknown field (expected one of ${Object.keys(entries).join(', ')})`;
  // `objectWithRest` alone would take an array for an object; its output has only the fields of `entries` once
  // `never` has refused every other one, hence the narrower type.
  return v.pipe(
    v.custom<Record<string, unknown>>(isRecord, expected(what)),
    v.objectWithRest(entries, v.never(unknownField), expected(what)),
  ) as v.GenericSchema<unknown, v.InferOutput<v.StrictObjectSchema<E, undefined>>>;
}

/** An array of `item`; a string listed twice is a problem at its second place. */
function listOf<T extends v.GenericSchema>(item: T) {
  return v.pipe(v.array(item, expected('an array')), v.rawCheck<v.InferOutput<T>[]>(noRepeats));
}

/** {@link listOf}, and an empty array is a problem too. */
function nonEmptyListOf<T extends v.GenericSchema>(item: T, emptyMessage: string) {
  return v.pipe(
    v.array(item, expected('an array')),
    v.nonEmpty(emptyMessage),
    v.rawCheck<v.InferOutput<T>[]>(noRepeats),
  );
}

function noRepeats<T>({ dataset, addIssue }: v.RawCheckContext<T[]>): void {
  const list = dataset.value;
  if (!Array.isArray(list)) return;
  list.forEach((item, k) => {
    if (typeof item !== 'string' || list.indexOf(item) === k) return;
    const at: v.ArrayPathItem = { type: 'array', origin: 'value', input: list, key: k, value: item };
    addIssue({ message: `${show(item)} is listed twice`, input: item, path: [at] });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Fields

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const TIME_WITH_ZONE = /^(?:[01]\d|2[0-3]):[0-5]\d(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const LANG = /^[a-z]{2}$/;
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const COUNTRY = /^(?:[A-Z]{2}|INT)$/;

const text = string('a non-empty string', (s) => s.trim() !== '');
const id = string('a kebab-case id', (s) => KEBAB.test(s));
const isoDate = string('a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD', isIsoDate);
const time = string('a time "HH:MM" with its zone ("00:52+03:00")', (s) => TIME_WITH_ZONE.test(s));
const url = string('an absolute http(s) URL', isHttpUrl);
const lang = string('an ISO 639-1 language code ("fr")', (s) => LANG.test(s));
const number = v.pipe(v.number(expected('a number')), v.finite(expected('a number')));
const boolean = v.boolean(expected('true or false'));
const ids = listOf(id);
const citations = nonEmptyListOf(id, 'cite at least one source');

// ---------------------------------------------------------------------------------------------------------------
// The entries of a topic file

export const AliasSpecShape = record({
  text,
  case: v.optional(oneOf(CASE_RULES)),
  lang: v.optional(lang),
  context: v.optional(nonEmptyListOf(id, 'list at least one entity id, or leave context out')),
  default: v.optional(boolean),
});

/** A plain string, or an object with its case rule, language and context. */
const alias = v.lazy((input) => (typeof input === 'string' ? text : AliasSpecShape));

export const SourceShape = record({
  id,
  publisher: text,
  title: text,
  date: v.optional(isoDate),
  url,
  lang: v.optional(lang),
});

export const EntityShape = record({
  id,
  type: oneOf(ENTITY_TYPES),
  name: text,
  aliases: v.optional(listOf(alias)),
  shortNames: v.optional(listOf(text)),
  demonyms: v.optional(listOf(text)),
  placeKind: v.optional(oneOf(PLACE_KINDS)),
  description: text,
  role: text,
  /** The French of the description and role: required. */
  fr: record({ description: text, role: text }),
  related: v.optional(ids),
  event: v.optional(id),
  sources: citations,
});

export const FactShape = record({
  id,
  subject: id,
  text,
  about: v.optional(ids),
  value: v.optional(number),
  valueMax: v.optional(number),
  unit: v.optional(oneOf(UNITS)),
  unitLabel: v.optional(text),
  qualifier: v.optional(oneOf(QUALIFIERS)),
  date: v.optional(isoDate),
  measure: v.optional(id),
  sources: citations,
});

export const TimelineEventShape = record({
  id,
  date: isoDate,
  time: v.optional(time),
  title: text,
  text,
  /** The French of the title and text: required. */
  fr: record({ title: text, text }),
  entities: nonEmptyListOf(id, 'name at least one entity'),
  sources: citations,
});

/** The sections of a topic file, each a list of entries of one kind. */
export const SECTION_SHAPES = {
  sources: SourceShape,
  entities: EntityShape,
  facts: FactShape,
  timeline: TimelineEventShape,
} as const;

/**
 * A topic file around its entries: its `topic` and its sections as arrays. Each entry is checked on its own
 * ({@link SECTION_SHAPES}), so that a problem names its entry and a malformed entry leaves the others in; whether
 * `topic` is the file's name is a rule of its own.
 */
export const TopicFileEnvelope = record(
  {
    topic: v.optional(v.unknown()),
    sources: v.optional(v.array(v.unknown(), expected('an array'))),
    entities: v.optional(v.array(v.unknown(), expected('an array'))),
    facts: v.optional(v.array(v.unknown(), expected('an array'))),
    timeline: v.optional(v.array(v.unknown(), expected('an array'))),
  },
  'an object with "topic"',
);

// ---------------------------------------------------------------------------------------------------------------
// The publisher registry

/** A host without "www." ("reuters.com"), which also covers its subdomains. */
const domain = string('a host name without "www." ("reuters.com")', (s) => HOST.test(s) && !s.startsWith('www.'));

export const PublisherShape = record({
  id,
  name: text,
  domains: nonEmptyListOf(domain, 'list at least one domain'),
  kind: oneOf(PUBLISHER_KINDS),
  country: string('an ISO 3166-1 alpha-2 code ("FR"), or "INT"', (s) => COUNTRY.test(s)),
  basis: text,
  /** For a state-affiliated outlet: the entity id of its state. */
  state: v.optional(id),
});

export const DeniedDomainShape = record({ domain, reason: text });

export const PublisherRegistryShape = record({
  about: v.optional(text),
  publishers: listOf(PublisherShape),
  denied: listOf(DeniedDomainShape),
});

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function isIsoDate(value: string): boolean {
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

function isHttpUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const parsed = new URL(value);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as JSON, cut to 60 characters; "nothing" for undefined. */
export function show(value: unknown): string {
  const shown = value === undefined ? 'nothing' : JSON.stringify(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}
