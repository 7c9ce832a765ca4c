/**
 * A check against itself is no check: a fact whose only sources are the page being read — the same address, or the
 * same site (any of its editions: fr.reuters.com is reuters.com) on the publication day, a copy of the page or the
 * same story updated — cannot make that page's figure agree. The figure is then said to come from this article
 * (`self`).
 */
import type { Source } from '../../kb/schema';

export interface PageRef {
  url: string;
  /** The page's publication day, YYYY-MM-DD, if known. */
  published?: string | null;
}

/** Host without "www." and the rest of the address without protocol, query, fragment or trailing slash. */
function parts(url: string): { host: string; path: string } | undefined {
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    return { host, path: `${host}${u.pathname.replace(/\/+$/, '')}` };
  } catch {
    return undefined;
  }
}

/** Second-level labels under which a country's sites register ("bbc.co.uk", "smh.com.au"). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu']);

/** The domain a site registers, without its subdomains: "fr.reuters.com" → "reuters.com", "news.bbc.co.uk" → "bbc.co.uk". */
function siteOf(host: string): string {
  const labels = host.split('.');
  const keep =
    labels.length > 2 && SECOND_LEVEL.has(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2
      ? 3
      : 2;
  return labels.slice(-keep).join('.');
}

function samePage(source: Source, page: PageRef): boolean {
  const a = parts(source.url);
  const b = parts(page.url);
  if (a === undefined || b === undefined) return false;
  if (a.path === b.path) return true;
  return siteOf(a.host) === siteOf(b.host) && page.published != null && source.date === page.published;
}

/** Whether every source of a fact is the page itself (and it has at least one). */
export function restsOnPage(sources: readonly Source[], page: PageRef): boolean {
  return sources.length > 0 && sources.every((s) => samePage(s, page));
}

/** The verdict a reader sees: an agreement that rests only on the page itself becomes `self`. */
export function verdictAgainstPage<V extends string>(
  verdict: V,
  sources: readonly Source[],
  page: PageRef,
): V | 'self' {
  return (verdict === 'agrees' || verdict === 'varies') && restsOnPage(sources, page) ? 'self' : verdict;
}

/**
 * A page's figures as a reader must see them: each agreement that rests only on the page itself made `self`. The one
 * rule for every place that shows verdicts — the background's copy of a tab's state and the fact panel's own
 * question to the page alike — so that the panel never shows "Agrees" where the card says "From this article".
 */
export function figuresAgainstPage<F extends { fact?: string | undefined; verdict: string }>(
  figures: readonly F[],
  page: PageRef,
  sourcesOf: (fact: string) => readonly Source[] | undefined,
): F[] {
  return figures.map((f) => {
    const sources = f.fact === undefined ? undefined : sourcesOf(f.fact);
    return sources ? { ...f, verdict: verdictAgainstPage(f.verdict, sources, page) } : f;
  });
}
