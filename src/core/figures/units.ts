/**
 * The unit lexicon: words an article uses for what a number counts, mapped to the knowledge base's unit classes
 * (`UNITS` in `src/kb/schema.ts`). English and French, normalised (lower-case, no diacritics).
 */
import type { Unit } from '../../kb/schema';
import { phraseLexicon, wordAt, type Token } from './tokens';

const LEXICON: Record<Unit, string[]> = {
  troops: [
    'soldier',
    'soldiers',
    'troop',
    'troops',
    'personnel',
    'service members',
    'service member',
    'servicemembers',
    'servicemember',
    'servicemen',
    'servicewomen',
    'trainers',
    'trainer',
    'advisers',
    'adviser',
    'advisors',
    'advisor',
    'instructors',
    'marines',
    'paratroopers',
    'sailors',
    'airmen',
    'commandos',
    'forces',
    'soldat',
    'soldats',
    'militaire',
    'militaires',
    'formateurs',
    'instructeurs',
    'conseillers',
  ],
  killed: ['killed', 'dead', 'deaths', 'fatalities', 'morts', 'tues', 'deces'],
  wounded: ['wounded', 'injured', 'injuries', 'blesses'],
  missiles: ['missiles', 'missile'],
  rockets: ['rockets', 'rocket', 'katyushas', 'katyusha', 'roquettes', 'roquette'],
  drones: ['drones', 'drone', 'uavs'],
  aircraft: [
    'aircraft',
    'jets',
    'planes',
    'warplanes',
    'helicopters',
    'fighter jets',
    'fighter planes',
    'fighter aircraft',
    'avions',
    'avions de chasse',
    'helicopteres',
  ],
  strikes: ['air strikes', 'airstrikes', 'strikes', 'sorties', 'raids', 'air raids', 'frappes', 'frappes aeriennes'],
  usd: ['dollars', 'dollar', 'us dollars'],
  eur: ['euros', 'euro'],
  people: [
    'people',
    'persons',
    'civilians',
    'civilian',
    'passengers',
    'protesters',
    'protestors',
    'demonstrators',
    'mourners',
    'personnes',
    'civils',
    'passagers',
    'manifestants',
    'contractors',
    'contractor',
    'hostages',
    'police',
    'police officers',
    'officers',
    'staff officers',
    'diplomats',
    'nationals',
    'citizens',
    'victims',
    'crew',
    'crew members',
    'patients',
    'employees',
    'staff',
    'otages',
    'policiers',
    'ressortissants',
    'victimes',
    'americans',
    'canadians',
    'britons',
    'australians',
    'germans',
    'danes',
    'ukrainians',
    'iranians',
    'iraqis',
    'afghans',
    'swedes',
    'italians',
    'americains',
    'canadiens',
    'britanniques',
    'francais',
    'allemands',
    'italiens',
    'espagnols',
    'danois',
    'iraniens',
    'irakiens',
    'ukrainiens',
    'australiens',
  ],
  fighters: ['fighters', 'fighter', 'militants', 'jihadists', 'insurgents', 'combattants', 'jihadistes', 'djihadistes'],
  members: [
    'countries',
    'nations',
    'members',
    'partners',
    'member states',
    'member countries',
    'partner nations',
    'pays',
    'states',
    'etats',
    'membres',
    'partenaires',
    'etats membres',
  ],
  votes: [
    'votes',
    'lawmakers',
    'mps',
    'legislators',
    'members of parliament',
    'senators',
    'republicans',
    'democrats',
    'gop senators',
    'voix',
    'deputes',
    'parlementaires',
    'senateurs',
  ],
  percent: ['percent', 'per cent', 'pct', 'pour cent'],
  km: ['km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'square kilometres', 'square kilometers'],
  // Countable things of the story's world that have no unit class of their own.
  count: [
    'bases',
    'base',
    'military bases',
    'air bases',
    'airbases',
    'airbase',
    'sites',
    'site',
    'targets',
    'locations',
    'missions',
    'mission',
    'vehicles',
    'suvs',
    'cars',
    'seats',
    'resolutions',
    'cases',
    'cibles',
    'vehicules',
    'sieges',
  ],
};

const UNIT_WORDS = phraseLexicon<Unit>(
  Object.entries(LEXICON).flatMap(([unit, words]) => words.map((w) => [w, unit as Unit] as const)),
);

/** Symbols written next to a number: "$1.5 billion", "€20 million", "20 %". */
export const UNIT_SYMBOLS: Readonly<Record<string, Unit>> = { $: 'usd', '€': 'eur', '%': 'percent' };

/** The unit phrase at token `i`: its class and its length in tokens. */
export function unitAt(tokens: readonly Token[], i: number): { unit: Unit; length: number } | undefined {
  const hit = UNIT_WORDS.at(tokens, i);
  return hit && { unit: hit.value, length: hit.length };
}

/** Whether a unit counts casualties: the dead or the wounded. */
export function isCasualtyUnit(unit: Unit): boolean {
  return unit === 'killed' || unit === 'wounded';
}

/** Generic nouns a casualty word can follow ("14 soldiers killed", "176 people were killed"). */
const CASUALTY_NOUNS: ReadonlySet<Unit> = new Set(['troops', 'people', 'fighters']);
const CASUALTIES = new Map<string, Unit>(
  Object.entries({
    killed: 'killed',
    dead: 'killed',
    wounded: 'wounded',
    injured: 'wounded',
    tues: 'killed',
    morts: 'killed',
    blesses: 'wounded',
    hurt: 'wounded',
    diagnosed: 'wounded',
    treated: 'wounded',
    hospitalized: 'wounded',
    hospitalised: 'wounded',
    hospitalises: 'wounded',
    soignes: 'wounded',
  } as const),
);
const AUXILIARIES = new Set([
  'were',
  'was',
  'have',
  'has',
  'had',
  'been',
  'who',
  'which',
  'that',
  'ont',
  'ete',
  'sont',
  'qui',
]);
/** Verbs before a number that make its people casualties ("killing all 176 people", "killed 56 people"). */
const CASUALTY_VERBS = new Map<string, Unit>(
  Object.entries({
    killed: 'killed',
    killing: 'killed',
    wounded: 'wounded',
    wounding: 'wounded',
    injured: 'wounded',
    injuring: 'wounded',
    treated: 'wounded',
    hospitalized: 'wounded',
    hospitalised: 'wounded',
  } as const),
);
/** Auxiliaries that make a casualty word later in the clause the counted people's own predicate. */
const PASSIVE = new Set(['were', 'was', 'been', 'ont', 'ete', 'sont']);
/** Tokens that end the clause a predicate is looked for in. */
const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '(', ')', '—', '–']);
/** How far into its clause a predicate is looked for ("109 service members involved in … had been diagnosed"). */
const PREDICATE_REACH = 20;
/** Adverbs that may stand between an auxiliary and its casualty word: "were later diagnosed". */
const ADVERBS = new Set([
  'later',
  'also',
  'since',
  'all',
  'subsequently',
  'eventually',
  'now',
  'ensuite',
  'depuis',
  'aussi',
]);
/** Abbreviations whose full stop ends no clause: "a Jan. 8 missile attack". */
const ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'gen',
  'lt',
  'col',
  'maj',
  'sgt',
  'st',
  'mr',
  'dr',
  'no',
  'u',
  's',
]);

const endsClause = (tokens: readonly Token[], j: number): boolean =>
  CLAUSE_END.has(tokens[j]!.text) && !(tokens[j]!.text === '.' && ABBREVIATIONS.has(tokens[j - 1]?.text ?? ''));

const DASHES = new Set(['—', '–']);
/** How long an aside between dashes may be: "176 people — including Canadian families, academics — were killed". */
const ASIDE_REACH = 16;

/** The closing dash of an aside opened at `j`, if a dash opens one there. */
function asideEnd(tokens: readonly Token[], j: number): number | undefined {
  if (!DASHES.has(tokens[j]!.text)) return undefined;
  for (let k = j + 1; k < j + ASIDE_REACH && k < tokens.length; k++) {
    if (DASHES.has(tokens[k]!.text)) return k;
    if (['.', ';', '!', '?'].includes(tokens[k]!.text)) return undefined;
  }
  return undefined;
}

/** A casualty predicate of the counted people later in their clause: "… had been diagnosed with TBI". */
function casualtyPredicate(tokens: readonly Token[], after: number): Unit | undefined {
  for (let j = after; j < after + PREDICATE_REACH && j < tokens.length - 1; j++) {
    const aside = asideEnd(tokens, j);
    if (aside !== undefined) {
      j = aside;
      continue;
    }
    if (endsClause(tokens, j)) return undefined;
    if (PASSIVE.has(wordAt(tokens, j) ?? '')) {
      const next = ADVERBS.has(wordAt(tokens, j + 1) ?? '') ? j + 2 : j + 1;
      const casualty = CASUALTIES.get(wordAt(tokens, next) ?? '');
      if (casualty !== undefined) return casualty;
    }
  }
  return undefined;
}

/**
 * A count of people becomes a count of casualties when a casualty word follows it (after auxiliaries), a casualty
 * verb comes just before it (`before`: index of the first token before the number and its qualifier), or a passive
 * casualty predicate ends its clause ("109 service members involved in the attack had been diagnosed with TBI").
 */
export function casualtyUnit(unit: Unit, tokens: readonly Token[], before: number, after: number): Unit {
  if (!CASUALTY_NOUNS.has(unit)) return unit;
  let j = after;
  while (AUXILIARIES.has(wordAt(tokens, j) ?? '')) j++;
  const casualty = CASUALTIES.get(wordAt(tokens, j) ?? '');
  if (casualty !== undefined) return casualty;
  for (const k of [before, before - 1]) {
    const verb = wordAt(tokens, k);
    const unit = CASUALTY_VERBS.get(verb ?? '');
    if (unit !== undefined) return unit;
    if (verb !== 'all') break;
  }
  return casualtyPredicate(tokens, after) ?? unit;
}
