/**
 * What a count measures beyond its unit: troops stationed somewhere, or troops added or taken away; missiles fired,
 * missiles that hit, missiles that failed; all troops, or the trainers among them. Two figures are the same measure
 * only when their aspects are equal, so "3,000 additional troops to the region" never checks a country's troops in
 * Iraq, and "17 missiles hit Ain al-Asad" never checks the missiles fired.
 *
 * The same reading is applied to the article's sentence (at run time) and to the fact's own text (at build time): the
 * words of the figure's clause — up to {@link REACH} words either side of the number, stopping at a comma, colon,
 * semicolon, bracket or sentence end — and the counted noun. The trigger nearest the number wins; none is `level`.
 */
import { type Token } from '../figures/tokens';

export type Aspect = 'level' | 'added' | 'removed' | 'fired' | 'hit' | 'failed';

const TRIGGERS: Readonly<Record<Exclude<Aspect, 'level'>, readonly string[]>> = {
  added: [
    'additional',
    'extra',
    'reinforcement',
    'reinforcements',
    'deploy',
    'deploys',
    'deployed',
    'deploying',
    'deployment',
    'send',
    'sends',
    'sent',
    'sending',
    'dispatch',
    'dispatched',
    'dispatching',
    'rushed',
    'bolster',
    'renfort',
    'renforts',
    'supplementaire',
    'supplementaires',
    'deploie',
    'deployes',
    'deployer',
    'envoie',
    'envoyes',
    'envoyer',
    'envoi',
    // Ground taken: "seized a third of Iraq" is not the share later lost.
    'seized',
    'captured',
    'gained',
    'conquered',
    'emparaient',
    'empare',
    'emparer',
    'conquis',
    'pris',
  ],
  removed: [
    'withdraw',
    'withdraws',
    'withdrew',
    'withdrawn',
    'withdrawing',
    'withdrawal',
    'pull',
    'pulled',
    'pulling',
    'pulls',
    'relocate',
    'relocated',
    'relocating',
    'relocation',
    'leave',
    'leaves',
    'leaving',
    'left',
    'evacuate',
    'evacuated',
    'evacuating',
    'reduce',
    'reduced',
    'reducing',
    'reduction',
    'cut',
    'cuts',
    'drawdown',
    'redeployed',
    'redeploy',
    'redeploying',
    'moved',
    'move',
    'moving',
    'transported',
    'flown',
    'airlifted',
    'transferred',
    'relocated',
    'retire',
    'retires',
    'retirer',
    'retrait',
    'quitter',
    'quitte',
    'quittent',
    'replies',
    'repli',
    'rapatries',
    'rapatrier',
    'rapatriement',
    'lost',
    'lose',
    'losing',
    'perdu',
    'perdre',
    'perd',
  ],
  fired: [
    'fired',
    'fire',
    'firing',
    'launched',
    'launch',
    'launching',
    'tire',
    'tires',
    'tirees',
    'lance',
    'lances',
    'lancees',
  ],
  hit: [
    'hit',
    'hits',
    'struck',
    'landed',
    'impacted',
    'fell',
    'slammed',
    'touche',
    'touches',
    'touchees',
    'tombe',
    'tombes',
    'tombees',
  ],
  failed: ['failed', 'malfunctioned', 'unexploded'],
};

const ASPECT_OF = new Map<string, Aspect>(
  Object.entries(TRIGGERS).flatMap(([aspect, words]) => words.map((w) => [w, aspect as Aspect] as const)),
);

/** Roles that are a part of a force, counted apart from it ("160 trainers" among "200 soldiers"). */
const ROLES = new Set([
  'trainer',
  'trainers',
  'instructor',
  'instructors',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'formateurs',
  'instructeurs',
  'conseillers',
]);

/** Words inside a figure or a fact's unit label that make its count a part of a force ("200 special forces"). */
const ROLE_WORDS = new Set(['special', 'special-forces', 'elite', 'staff', 'speciales']);

/** Verbs that make a part of a force a role within it: "of whom 160 are tasked with training". */
const ROLE_VERBS = new Set([
  'training',
  'train',
  'trains',
  'trained',
  'instructing',
  'advising',
  'former',
  'formant',
  'forment',
  'formation',
  'entrainement',
  'instruction',
]);

/**
 * A possessive just before the number makes it the force someone has, whatever is done with it: "withdraw its 160
 * soldiers", "some of its 500 troops" moved out.
 */
const WHOLE_OF = new Set(['its', 'their', 'his', 'her', 'ses', 'leurs', 'son', 'sa']);

const REACH = 6;
const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '(', ')', '—', '–']);

/**
 * The measure kind of a count: its aspect, "/role" when it counts a role within a force, and "@region" when it counts
 * across a region ("800 … in the region, including about 500 in Iraq").
 */
export type MeasureKind = string;

/** Inside the figure only: "3,000 more troops". */
const INSIDE_ONLY = new Map<string, Aspect>([
  ['more', 'added'],
  ['new', 'added'],
]);

/** "Deployed in Iraq", "déployés en Irak" say where a force is, not that it was added. */
const WHERE = new Set(['in', 'at', 'on', 'en', 'au', 'aux', 'dans', 'sur', 'a', 'across', 'throughout']);
const PLACED = new Set(['deployed', 'deployes', 'based', 'stationed']);

function triggerAt(tokens: readonly Token[], j: number): Aspect | undefined {
  const t = tokens[j];
  if (t?.kind !== 'word') return undefined;
  if (PLACED.has(t.text) && WHERE.has(tokens[j + 1]?.text ?? '')) return undefined;
  return ASPECT_OF.get(t.text);
}

function nearestTrigger(tokens: readonly Token[], first: number, end: number): Aspect {
  for (let j = first; j < end; j++) {
    const aspect = triggerAt(tokens, j) ?? INSIDE_ONLY.get(tokens[j]!.text);
    if (aspect !== undefined) return aspect;
  }
  for (let d = 1; d <= REACH; d++) {
    for (const j of [first - d, end - 1 + d]) {
      const aspect = triggerAt(tokens, j);
      if (aspect !== undefined && !clauseBreakBetween(tokens, j, first, end)) return aspect;
    }
  }
  return 'level';
}

function clauseBreakBetween(tokens: readonly Token[], j: number, first: number, end: number): boolean {
  const [from, to] = j < first ? [j + 1, first] : [end, j];
  for (let k = from; k < to; k++) if (CLAUSE_END.has(tokens[k]!.text)) return true;
  return false;
}

/**
 * The measure kind of the figure spanning tokens [first, end) — its number and counted noun — with `noun` the
 * counted word (normalised), if any; `part`: the figure counts a part of the figure before it ("of whom 160").
 */
/** Words of a qualifier that can stand between a possessive and its number: "its some 500", "ses quelque 500". */
const QUALIFYING = new Set([
  'some',
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'over',
  'quelque',
  'quelques',
  'environ',
  'pres',
  'de',
  'plus',
  'more',
  'than',
]);

/**
 * Whether the number at `first` is a whole force, past the words of its qualifier: owned by a possessive ("its 160
 * soldiers"), or the whole a part is taken from ("100 of the 133 Danish troops", "une centaine des 133 soldats").
 */
function possessed(tokens: readonly Token[], first: number): boolean {
  let j = first - 1;
  while (j >= first - 3 && QUALIFYING.has(tokens[j]?.text ?? '')) j--;
  if (WHOLE_OF.has(tokens[j]?.text ?? '')) return true;
  const of = tokens[j]?.text === 'the' ? tokens[j - 1]?.text : tokens[j]?.text;
  return (of === 'of' || of === 'des') && tokens.slice(Math.max(0, j - 4), j).some((t) => t.kind === 'num');
}

export function measureKindAt(
  tokens: readonly Token[],
  first: number,
  end: number,
  noun?: string,
  part = false,
): MeasureKind {
  const aspect = possessed(tokens, first) ? 'level' : nearestTrigger(tokens, first, end);
  const roleWord = tokens.slice(first, end).some((t) => ROLE_WORDS.has(t.text));
  const role = roleWord || (noun !== undefined ? isRole(noun) : part && roleVerbAfter(tokens, end));
  // Only a force's size is told apart by where it is counted: troops sent, withdrawn or fired are the same measure
  // whether the sentence names the region or the country they went to.
  return withRegion(withRole(aspect, role), aspect === 'level' && inTheRegion(tokens, end));
}

/** "In the region", "dans la région", "the Middle East": a count across a region, not in one country. */
const REGION_WORDS = new Set(['region', 'regionwide']);
const REGION_ARTICLES = new Set(['the', 'la', 'this', 'cette', 'that']);

/** Whether the figure's clause, just after it, places it across a region ("800 personnel deployed in the region"). */
function inTheRegion(tokens: readonly Token[], end: number): boolean {
  for (let j = end; j < end + REACH && j < tokens.length; j++) {
    if (CLAUSE_END.has(tokens[j]!.text)) return false;
    if (REGION_WORDS.has(tokens[j]!.text) && REGION_ARTICLES.has(tokens[j - 1]?.text ?? '')) return true;
    const pair = `${tokens[j]!.text} ${tokens[j + 1]?.text ?? ''}`;
    if (pair === 'middle east' || pair === 'moyen orient') return true;
  }
  return false;
}

/** The kind with its region mark ("@region"), whatever its aspect and role. */
export function withRegion(kind: MeasureKind, region: boolean): MeasureKind {
  const bare = kind.replace(/@region$/, '');
  return region ? `${bare}@region` : bare;
}

/** A part of a force ("of whom 160") is a role when a role verb follows in its clause. */
function roleVerbAfter(tokens: readonly Token[], end: number): boolean {
  for (let j = end; j < end + REACH && j < tokens.length; j++) {
    if (CLAUSE_END.has(tokens[j]!.text)) return false;
    if (ROLE_VERBS.has(tokens[j]!.text)) return true;
  }
  return false;
}

/** Whether a counted noun (normalised) names a role within a force. */
export function isRole(noun: string): boolean {
  return ROLES.has(noun);
}

/** Whether a fact's unit label (normalised: "special-forces soldiers", "staff officers") names a role. */
export function labelIsRole(label: string): boolean {
  return label.split(' ').some((w) => ROLES.has(w) || ROLE_WORDS.has(w));
}

export function withRole(kind: MeasureKind, role: boolean): MeasureKind {
  const region = kind.endsWith('@region');
  const aspect = kind.replace(/@region$/, '').split('/')[0]!;
  return withRegion(role ? `${aspect}/role` : aspect, region);
}
