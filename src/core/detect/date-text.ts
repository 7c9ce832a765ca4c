/**
 * Reads calendar days written in metadata or in page text: ISO forms, numeric day-first forms, CJK forms, and month
 * names in the main Western European languages ("7 January 2020", "January 7, 2020", "7. Januar 2020",
 * "7 de enero de 2020"). Days are returned as `YYYY-MM-DD`, exactly as written (no time-zone conversion).
 */

const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'januar', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari', 'jan'],
  ['february', 'februar', 'février', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'februari', 'feb'],
  ['march', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'mar'],
  ['april', 'avril', 'abril', 'aprile', 'apr'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei'],
  ['june', 'juni', 'juin', 'junio', 'giugno', 'junho', 'jun'],
  ['july', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'jul'],
  ['august', 'août', 'aout', 'agosto', 'augustus', 'aug'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setembro', 'sept', 'sep'],
  ['october', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'oct', 'okt'],
  ['november', 'novembre', 'noviembre', 'novembro', 'nov'],
  ['december', 'dezember', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'dec', 'dez'],
];

const MONTH_BY_NAME = new Map<string, number>(
  MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);

const MONTH = `(${[...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?(?![\\p{L}])`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er|º)?\.?`;
const YEAR = String.raw`((?:19|20)\d{2})(?!\d)`;

const DAY_MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}\d])${DAY}\s*(?:de\s+)?${MONTH},?\s*(?:de\s+)?${YEAR}`, 'iu');
const MONTH_DAY_YEAR = new RegExp(String.raw`(?<![\p{L}])${MONTH}\s+${DAY},?\s+${YEAR}`, 'iu');
const ISO_TEXT = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/;
const DOTTED = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?!\d)/;
const CJK_DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?!\d)/;
const RELATIVE = /\b\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\b/i;

/** A time or date opening a text: "17.00 We are going to…", "9:45am Police said…", "05.12.2022 | Paris…". */
const STAMP = /^\s*(?:\d{1,2}[:.h]\d{2}(?!\d)|\d{1,2}\s*[ap]\.?m\.?(?![\p{L}]))/iu;

/** Machine forms at the start of a value: "2020-01-07T10:00:00Z", "20200107", "2020/01/07". */
const MACHINE_DAY = /^\s*((?:19|20)\d{2})[-/.]?(\d{2})[-/.]?(\d{2})(?!\d)/;

export function formatDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthOf(name: string): number {
  return MONTH_BY_NAME.get(name.toLowerCase()) ?? 0;
}

/** The first unambiguous calendar day written anywhere in a text, or null. */
export function findDayInText(text: string): string | null {
  let m = ISO_TEXT.exec(text) ?? CJK_DATE.exec(text);
  if (m) return formatDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return formatDay(Number(m[3]), monthOf(m[2]!), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return formatDay(Number(m[3]), monthOf(m[1]!), Number(m[2]));
  m = DOTTED.exec(text);
  if (m) return formatDay(Number(m[3]), Number(m[2]), Number(m[1]));
  m = SLASHED.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    // 07/01/2020 could be either order; only a part above 12 settles it.
    if (a > 12) return formatDay(Number(m[3]), b, a);
    if (b > 12) return formatDay(Number(m[3]), a, b);
  }
  return null;
}

/** Whether a text states when something was published: a calendar day in any form, or "3 hours ago". */
export function mentionsDate(text: string): boolean {
  return findDayInText(text) !== null || SLASHED.test(text) || RELATIVE.test(text);
}

/** Whether a text opens with a time or date stamp, as the entries of live coverage and dated listings do. */
export function startsWithStamp(text: string): boolean {
  return STAMP.test(text);
}

/** A date value from metadata (ISO, compact, slashed, or written out) → `YYYY-MM-DD`, or null. */
export function toIsoDay(value: string): string | null {
  const m = MACHINE_DAY.exec(value);
  if (m) return formatDay(Number(m[1]), Number(m[2]), Number(m[3]));
  return findDayInText(value);
}
