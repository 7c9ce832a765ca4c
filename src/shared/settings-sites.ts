/**
 * Where Dossier may run: the curated news sites of the manifest's content script, and the sites a reader enabled
 * (an optional host permission per site). Sites are named by match patterns, in the syntax both browsers share.
 */
import { isHostname, siteKey } from './settings';

const PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*:]+)(\/.*)$/;
const IP_OR_SINGLE_LABEL = /^(\d+(\.\d+){3}|\[[\da-f:.]+\]|[^.]+)$/i;

/** The http(s) hostname of a URL, or null for any other page (browser pages, files, extension pages). */
export function webHostname(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * The pattern that enables Dossier on the whole site of `url` (the site and its subdomains, `www.` folded as in
 * the site switch), or null where Dossier cannot run. IP addresses and single-label hosts stand for themselves.
 */
export function sitePattern(url: string | undefined): string | null {
  const host = webHostname(url);
  if (!host) return null;
  return IP_OR_SINGLE_LABEL.test(host) ? `*://${host}/*` : `*://*.${siteKey(host)}/*`;
}

/** The pattern for a site a reader typed: a hostname or an address ("example.org", "https://www.example.org/a"). */
export function sitePatternForInput(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}/`;
  const host = webHostname(url);
  return host && isHostname(host) ? sitePattern(url) : null;
}

/** Whether a match pattern (`*://*.example.org/*`, `https://host/path*`, `<all_urls>`) matches a web URL. */
export function patternMatches(pattern: string, url: string): boolean {
  const host = webHostname(url);
  if (!host) return false;
  if (pattern === '<all_urls>') return true;
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  const [, scheme, hostPart, pathPart] = m as unknown as [string, string, string, string];
  const u = new URL(url);
  if (scheme !== '*' && `${scheme}:` !== u.protocol) return false;
  if (hostPart !== '*') {
    const base = hostPart.startsWith('*.') ? hostPart.slice(2) : null;
    if (base === null ? host !== hostPart : host !== base && !host.endsWith(`.${base}`)) return false;
  }
  const path = new RegExp(`^${pathPart.split('*').map(escapeRegExp).join('.*')}$`);
  return path.test(u.pathname + u.search);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function matchesAny(patterns: readonly string[], url: string): boolean {
  return patterns.some((p) => patternMatches(p, url));
}

/** The site a pattern names, for display: `*://*.example.org/*` → `example.org`; null for all sites. */
export function patternSite(pattern: string): string | null {
  const m = PATTERN.exec(pattern);
  const hostPart = m?.[2];
  if (!hostPart || hostPart === '*') return null;
  return hostPart.replace(/^\*\./, '');
}

/** The granted origins that are not the manifest's own (curated) patterns: the sites a reader enabled. */
export function addedSitePatterns(granted: readonly string[], curated: readonly string[]): string[] {
  const own = new Set(curated);
  return [...new Set(granted)].filter((p) => !own.has(p) && PATTERN.test(p)).sort();
}
