/**
 * What a figure counts, told apart or made one: words for the same things ("sites", "locations", "targets"), the dead
 * and wounded whatever weapon struck, and whole things written with a thousands' full stop ("5.200 soldats").
 */
import type { Unit } from '../../kb/schema';
import { withRegion, type MeasureKind } from '../link/aspect';
import type { Token } from './tokens';
import { isCasualtyUnit } from './units';

/** Words for the same things counted: "52 sites", "52 locations", "52 targets"; "two SUVs", "two vehicles". */
const SAME_THINGS: Readonly<Record<string, string>> = {
  location: 'site',
  target: 'site',
  cible: 'site',
  base: 'site',
  airbase: 'site',
  facilitie: 'site',
  facility: 'site',
  suv: 'vehicle',
  car: 'vehicle',
  vehicule: 'vehicle',
  siege: 'seat',
};

/** The thing a count without a unit class counts, one word for each set of words for the same things. */
export function countedThing(noun: string): string {
  const singular = noun.replace(/s$/, '');
  return SAME_THINGS[singular] ?? singular;
}

/**
 * The dead and the wounded are counted the same whatever weapon was fired or hit: "rockets hit the base, killing
 * one contractor" counts the dead, not a kind of them.
 */
export function casualtyAspect(unit: Unit, kind: MeasureKind): MeasureKind {
  const weapon = /^(fired|hit|failed)\b/.test(kind);
  return isCasualtyUnit(unit) && weapon ? withRegion('level', kind.endsWith('@region')) : kind;
}

/** Units that count whole things: a fraction of one is never meant. */
const WHOLE_UNITS: ReadonlySet<Unit> = new Set([
  'troops',
  'people',
  'killed',
  'wounded',
  'fighters',
  'members',
  'missiles',
  'rockets',
  'drones',
  'aircraft',
  'strikes',
  'votes',
  'count',
]);

/**
 * "5.200 soldats": a full stop before exactly three digits separates thousands (as French and German write them) when
 * what is counted comes whole; elsewhere "5.2" stays a decimal.
 */
export function wholeCount(value: number, unit: Unit, tokens: readonly Token[], first: number, end: number): number {
  if (Number.isInteger(value) || !WHOLE_UNITS.has(unit)) return value;
  const digits = tokens.slice(first, end).find((t) => t.kind === 'num')?.text ?? '';
  return /^\d{1,3}\.\d{3}$/.test(digits) ? Number(digits.replace('.', '')) : value;
}
