/**
 * The knowledge base's authoring schema: what a topic file under `src/kb/data/` may hold.
 *
 * Each topic file is JSON of the shape {@link TopicFile}. Ids are global across all files:
 * an entity, fact, timeline event or source id may be defined once and referenced from any file.
 * The validator (`build/validate.ts`) enforces every rule written here and names file and entry on failure; the JSON
 * shape it checks is `build/shape.ts`, which a type test holds equal to these types.
 */

export const ENTITY_TYPES = [
  'person',
  'state',
  'organisation',
  'armed-group',
  'coalition',
  'operation',
  'place',
  'event',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Kinds of place, for `type: "place"`. */
export const PLACE_KINDS = ['base', 'city', 'region', 'site', 'country-region'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Kinds of publisher a source can have, as the publisher registry (`data/publishers.json`) gives them. */
export const PUBLISHER_KINDS = ['official', 'wire', 'newsroom', 'reference', 'state-affiliated', 'other'] as const;
export type PublisherKind = (typeof PUBLISHER_KINDS)[number];

/**
 * What a figure counts. The figure parser maps surface words to these classes
 * ("soldiers", "troops", "personnel", "trainers" → `troops`; "dead", "killed" → `killed`…).
 */
export const UNITS = [
  'troops', // soldiers, troops, personnel, service members, trainers, advisers, marines
  'killed', // killed, dead, deaths, fatalities
  'wounded', // wounded, injured, injuries (including traumatic brain injuries)
  'missiles', // missiles, ballistic missiles
  'rockets', // rockets, Katyushas
  'drones',
  'aircraft', // aircraft, jets, planes, fighter jets, helicopters
  'strikes', // air strikes, airstrikes, sorties
  'usd', // dollars, US$
  'eur', // euros
  'people', // people, civilians, passengers, protesters, members of parliament (when not votes)
  'fighters', // fighters, militants, jihadists
  'members', // member countries / partners of a coalition or alliance
  'votes', // votes cast in a ballot
  'percent',
  'km', // distance or area figures in kilometres
  'count', // anything else: give unitLabel
] as const;
export type Unit = (typeof UNITS)[number];

export const QUALIFIERS = ['exact', 'about', 'at-least', 'more-than', 'up-to', 'fewer-than'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** ISO date, or partial: YYYY-MM-DD, YYYY-MM or YYYY. */
export type IsoDate = string;

/**
 * Case rule of an alias:
 * - `title` (default): case-insensitive, except that an alias starting with an upper-case letter only matches
 *   text whose first letter is upper-case too ("NATO" matches "Nato", "Pentagon" does not match "pentagon").
 * - `exact`: the text must have exactly this case (use for short acronyms that are also words: "IS", "US").
 * - `any`: fully case-insensitive.
 */
export const CASE_RULES = ['title', 'exact', 'any'] as const;
export type CaseRule = (typeof CASE_RULES)[number];

export interface AliasSpec {
  text: string;
  case?: CaseRule;
  /** ISO 639-1 language of the form, if it is not English ("fr" for "Daech"). */
  lang?: string;
  /**
   * When this alias is claimed by more than one entity: entity ids whose presence on the page selects this claim.
   * Every claim of a shared alias needs `context`, except at most one that says `default: true`.
   */
  context?: string[];
  default?: boolean;
}
export type Alias = string | AliasSpec;

export interface Source {
  /** Global id, kebab-case, conventionally publisher-date-slug ("afp-2020-01-07-france-troops"). */
  id: string;
  publisher: string;
  title: string;
  /** Publication date of the source (YYYY-MM-DD, or partial when only that is known). */
  date?: IsoDate;
  /** A real URL that was found with the search tool. Never invented. */
  url: string;
  lang?: string;
  /** The publisher's kind, from the registry (`build/publishers.ts`): set by the compiler, never authored. */
  kind?: PublisherKind;
}

export interface Entity {
  /** Global id, kebab-case ("qasem-soleimani"). */
  id: string;
  type: EntityType;
  /** Canonical name, as an English-language reader expects it. Always matched, as if it were an alias. */
  name: string;
  /** Every other name a journalist uses: acronyms, transliterations, other-language forms. */
  aliases?: Alias[];
  /**
   * Persons only: short forms (usually the surname) that link to the person when the page also names them in full,
   * or when no other person in the knowledge base claims the same short form.
   */
  shortNames?: string[];
  placeKind?: PlaceKind;
  /**
   * Nationality adjectives and demonyms that name this entity in a figure's noun phrase ("Danish" in "90 Danish
   * soldiers"; French forms too: "danois", "danoise"). Never highlighted as the entity: they only tie a figure to it.
   */
  demonyms?: string[];
  /** One line: who or what it is. */
  description: string;
  /** The role at the time of the story (January 2020), one line. */
  role: string;
  /** Description and role in French, for French-speaking readers (written from French-language reporting). */
  fr: { description: string; role: string };
  /** Related entity ids. */
  related?: string[];
  /** For `type: "event"`: the timeline event it is. */
  event?: string;
  sources: string[];
}

export interface Fact {
  /** Global id, kebab-case ("france-troops-iraq-2020-01"). */
  id: string;
  /** The entity the fact is about. */
  subject: string;
  /** One sentence about one subject. */
  text: string;
  /** Other entities the fact concerns (places, operations, events): used to link figures in context. */
  about?: string[];
  /** The figure, where the fact has one. */
  value?: number;
  /** Upper bound when the figure is a range ("between 150 and 200": value 150, valueMax 200). */
  valueMax?: number;
  unit?: Unit;
  /** The word used for the unit, when it says more than the unit class ("trainers", "ballistic missiles"). */
  unitLabel?: string;
  qualifier?: Qualifier;
  /** When the fact happened or the figure was true (as-of date). */
  date?: IsoDate;
  /**
   * Names the quantity a figure measures, shared by facts that report the same quantity from different sources
   * ("iran-missiles-fired-2020-01-08"), so that disagreeing figures are kept side by side.
   */
  measure?: string;
  sources: string[];
}

export interface TimelineEvent {
  /** Global id, kebab-case ("2020-01-03-soleimani-strike"). */
  id: string;
  date: IsoDate;
  /** Local time if known, "HH:MM" with the zone, e.g. "00:52+03:00". */
  time?: string;
  title: string;
  /** One or two sentences. */
  text: string;
  /** Title and text in French. */
  fr: { title: string; text: string };
  entities: string[];
  sources: string[];
}

export interface TopicFile {
  /** The file's topic, equal to the file name without `.json`. */
  topic: string;
  sources?: Source[];
  entities?: Entity[];
  facts?: Fact[];
  timeline?: TimelineEvent[];
}
