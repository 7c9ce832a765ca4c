/**
 * The day an article was published, as `YYYY-MM-DD`.
 *
 * Sources, in order of trust: JSON-LD `datePublished` (read by `json-ld.ts`), publication-date `<meta>` tags,
 * `itemprop="datePublished"`, the first `<time datetime>` of the article, a date written in the dateline (the text
 * right after the headline), a date in the URL path. The calendar day is taken as written (the publisher's local
 * day), not converted to UTC.
 */
import { findDayInText, formatDay, toIsoDay } from './date-text';
import type { MetaTags } from './meta-tags';

/** Meta names and properties that carry a publication date, lower-case, most specific first. */
const DATE_METAS = [
  'article:published_time',
  'og:article:published_time',
  'article.published',
  'published_time',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
  'datepublished',
];

const URL_DAY = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/;

function metaDate(meta: MetaTags): string | null {
  for (const key of DATE_METAS) {
    const value = meta.get(key);
    const day = value === undefined ? null : toIsoDay(value);
    if (day) return day;
  }
  return null;
}

function timeDate(doc: Document, scope: Element | null): string | null {
  const published = doc.querySelector('[itemprop="datePublished"]');
  const fromProp =
    published?.getAttribute('datetime') ?? published?.getAttribute('content') ?? published?.textContent ?? null;
  const propDay = fromProp ? toIsoDay(fromProp) : null;
  if (propDay) return propDay;
  for (const time of Array.from((scope ?? doc).querySelectorAll('time[datetime]'))) {
    const day = toIsoDay(time.getAttribute('datetime')!);
    if (day) return day;
  }
  return null;
}

function urlDate(url: string | null): string | null {
  if (!url) return null;
  const match = URL_DAY.exec(url.replace(/[?#].*$/, ''));
  return match ? formatDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

export interface DateSources {
  /** The JSON-LD article's `datePublished`. */
  jsonLd: string | null;
  meta: MetaTags;
  /** The element holding the article (headline and body), to prefer its `<time>` over the page's other dates. */
  scope: Element | null;
  /** The text right after the headline. */
  dateline: string;
  url: string | null;
}

export interface PublishedDate {
  /** `YYYY-MM-DD` */
  day: string;
  source: 'json-ld' | 'meta' | 'time' | 'dateline' | 'url';
}

export function findPublishedDate(doc: Document, sources: DateSources): PublishedDate | null {
  const found: [PublishedDate['source'], () => string | null][] = [
    ['json-ld', () => (sources.jsonLd ? toIsoDay(sources.jsonLd) : null)],
    ['meta', () => metaDate(sources.meta)],
    ['time', () => timeDate(doc, sources.scope)],
    ['dateline', () => findDayInText(sources.dateline)],
    ['url', () => urlDate(sources.url)],
  ];
  for (const [source, read] of found) {
    const day = read();
    if (day) return { day, source };
  }
  return null;
}
