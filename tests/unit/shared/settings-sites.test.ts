import { describe, expect, it } from 'vitest';
import {
  addedSitePatterns,
  matchesAny,
  patternMatches,
  patternSite,
  sitePattern,
  sitePatternForInput,
  webHostname,
} from '../../../src/shared/settings-sites';

describe('sitePattern', () => {
  it('covers the whole site, www. folded, for http and https', () => {
    expect(sitePattern('http://www.example.org/news/a?b=1')).toBe('*://*.example.org/*');
    expect(sitePattern('https://news.example.co.uk/')).toBe('*://*.news.example.co.uk/*');
  });

  it('keeps IP addresses and single-label hosts as they are', () => {
    expect(sitePattern('http://127.0.0.1:8080/a')).toBe('*://127.0.0.1/*');
    expect(sitePattern('http://localhost/a')).toBe('*://localhost/*');
  });

  it('is null where Dossier cannot run', () => {
    for (const url of [
      'chrome://extensions',
      'about:blank',
      'file:///tmp/a.html',
      'moz-extension://x/p.html',
      'nonsense',
      undefined,
    ]) {
      expect(sitePattern(url)).toBeNull();
    }
  });
});

describe('sitePatternForInput', () => {
  it('accepts a hostname or an address', () => {
    expect(sitePatternForInput(' example.org ')).toBe('*://*.example.org/*');
    expect(sitePatternForInput('https://www.example.org/a/b')).toBe('*://*.example.org/*');
    expect(sitePatternForInput('WWW.Example.ORG')).toBe('*://*.example.org/*');
  });

  it('refuses what is not a site', () => {
    for (const text of ['', '   ', 'not a host', 'ftp://example.org', 'exa_mple.org'])
      expect(sitePatternForInput(text)).toBeNull();
  });
});

describe('patternMatches', () => {
  it('matches a site and its subdomains, any scheme', () => {
    const p = '*://*.reuters.com/*';
    expect(patternMatches(p, 'https://www.reuters.com/world/x')).toBe(true);
    expect(patternMatches(p, 'http://reuters.com/')).toBe(true);
    expect(patternMatches(p, 'https://notreuters.com/')).toBe(false);
    expect(patternMatches(p, 'https://reuters.com.evil.org/')).toBe(false);
  });

  it('honours the scheme, exact hosts and paths', () => {
    expect(patternMatches('https://example.org/*', 'http://example.org/')).toBe(false);
    expect(patternMatches('https://example.org/*', 'https://example.org/a')).toBe(true);
    expect(patternMatches('https://example.org/news/*', 'https://example.org/sport/a')).toBe(false);
    expect(patternMatches('*://*/*', 'https://anything.example/')).toBe(true);
    expect(patternMatches('<all_urls>', 'https://anything.example/')).toBe(true);
  });

  it('never matches a page that is not on the web, nor a malformed pattern', () => {
    expect(patternMatches('*://*/*', 'chrome://settings')).toBe(false);
    expect(patternMatches('example.org', 'https://example.org/')).toBe(false);
  });

  it('matchesAny checks a list', () => {
    expect(matchesAny(['*://*.a.org/*', '*://*.b.org/*'], 'https://www.b.org/x')).toBe(true);
    expect(matchesAny([], 'https://www.b.org/x')).toBe(false);
  });
});

describe('site lists', () => {
  it('names a pattern’s site', () => {
    expect(patternSite('*://*.example.org/*')).toBe('example.org');
    expect(patternSite('*://localhost/*')).toBe('localhost');
    expect(patternSite('*://*/*')).toBeNull();
  });

  it('keeps only the granted origins that are not curated, once each, sorted', () => {
    const curated = ['*://*.reuters.com/*', '*://*.lemonde.fr/*'];
    const granted = [
      '*://*.reuters.com/*',
      '*://*.zeta.org/*',
      '*://*.alpha.org/*',
      '*://*.zeta.org/*',
      'not a pattern',
    ];
    expect(addedSitePatterns(granted, curated)).toEqual(['*://*.alpha.org/*', '*://*.zeta.org/*']);
  });

  it('webHostname lower-cases and refuses non-web pages', () => {
    expect(webHostname('https://WWW.Example.org/a')).toBe('www.example.org');
    expect(webHostname('data:text/html,x')).toBeNull();
  });
});
