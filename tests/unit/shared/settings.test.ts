import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/shared/categories';
import {
  HOVER_DELAY_RANGE,
  SETTINGS_VERSION,
  defaultSettings,
  isSiteEnabled,
  isSiteSwitchedOff,
  parseSettings,
  repairedSettings,
  sameJson,
  siteKey,
  withSite,
  withSiteToggled,
} from '../../../src/shared/settings';

describe('parseSettings', () => {
  it('gives the defaults for a missing value', () => {
    expect(parseSettings(undefined)).toEqual(defaultSettings());
    expect(parseSettings(null)).toEqual(defaultSettings());
  });

  it('defaults: on everywhere, every category, underline, badge, 300 ms', () => {
    const d = defaultSettings();
    expect(d).toMatchObject({
      version: SETTINGS_VERSION,
      enabled: true,
      sites: {},
      hoverDelay: 300,
      highlightStyle: 'underline',
      badge: true,
    });
    expect(CATEGORIES.every((c) => d.categories[c])).toBe(true);
  });

  it('keeps every valid field of a partial value and fills the rest', () => {
    const s = parseSettings({ enabled: false, categories: { person: false } });
    expect(s.enabled).toBe(false);
    expect(s.categories.person).toBe(false);
    expect(s.categories.state).toBe(true);
    expect(s.hoverDelay).toBe(300);
    expect(s.badge).toBe(true);
  });

  it('repairs corrupted fields one by one', () => {
    const s = parseSettings({
      version: 'x',
      enabled: 'yes',
      sites: { 'lemonde.fr': false, 'bad host!': false, 'ok.org': 'no', 'example.org': true },
      categories: ['person'],
      hoverDelay: 'slow',
      highlightStyle: 'neon',
      badge: 1,
    });
    expect(s).toEqual({ ...defaultSettings(), sites: { 'lemonde.fr': false, 'example.org': true } });
  });

  it('clamps the hover delay to its range and rounds it', () => {
    expect(parseSettings({ hoverDelay: 5 }).hoverDelay).toBe(HOVER_DELAY_RANGE.min);
    expect(parseSettings({ hoverDelay: 1e9 }).hoverDelay).toBe(HOVER_DELAY_RANGE.max);
    expect(parseSettings({ hoverDelay: 412.6 }).hoverDelay).toBe(413);
    expect(parseSettings({ hoverDelay: Number.NaN }).hoverDelay).toBe(300);
    expect(parseSettings({ hoverDelay: Number.POSITIVE_INFINITY }).hoverDelay).toBe(300);
  });

  it('ignores a non-object value (array, string, number)', () => {
    for (const v of [[], 'settings', 42, true]) expect(parseSettings(v)).toEqual(defaultSettings());
  });

  it('migrates version 0 (a list of disabled hostnames) to per-site switches', () => {
    const s = parseSettings({ disabledSites: ['lemonde.fr', 7, 'bbc.co.uk'], badge: false });
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(s.sites).toEqual({ 'lemonde.fr': false, 'bbc.co.uk': false });
    expect(s.badge).toBe(false);
    expect(s).not.toHaveProperty('disabledSites');
  });

  it('always returns valid settings, and parsing them again changes nothing (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const s = parseSettings(v);
        expect(typeof s.enabled).toBe('boolean');
        expect(s.hoverDelay).toBeGreaterThanOrEqual(HOVER_DELAY_RANGE.min);
        expect(s.hoverDelay).toBeLessThanOrEqual(HOVER_DELAY_RANGE.max);
        expect(['underline', 'background']).toContain(s.highlightStyle);
        expect(Object.keys(s.categories).sort()).toEqual([...CATEGORIES].sort());
        expect(parseSettings(s)).toEqual(s);
        expect(repairedSettings(s)).toBeNull();
      }),
    );
  });
});

describe('repairedSettings', () => {
  it('is null for valid settings, in any key order', () => {
    const d = defaultSettings();
    const reordered = Object.fromEntries(Object.entries(d).reverse());
    expect(repairedSettings(reordered)).toBeNull();
  });

  it('leaves a missing value alone: it already reads as the defaults', () => {
    expect(repairedSettings(undefined)).toBeNull();
  });

  it('returns the repaired value for a null, partial, extra-keyed or corrupted value', () => {
    expect(repairedSettings(null)).toEqual(defaultSettings());
    expect(repairedSettings({ enabled: false })).toEqual({ ...defaultSettings(), enabled: false });
    expect(repairedSettings({ ...defaultSettings(), junk: 1 })).toEqual(defaultSettings());
    expect(repairedSettings({ ...defaultSettings(), hoverDelay: -1 })).toEqual({
      ...defaultSettings(),
      hoverDelay: HOVER_DELAY_RANGE.min,
    });
  });
});

describe('sameJson', () => {
  it('compares deeply, ignoring key order', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameJson({ a: null }, { a: {} })).toBe(false);
  });
});

describe('site switches', () => {
  it('folds www. so one switch covers the site', () => {
    expect(siteKey('WWW.LeMonde.fr')).toBe('lemonde.fr');
    const off = withSite(defaultSettings(), 'www.lemonde.fr', false);
    expect(off.sites).toEqual({ 'lemonde.fr': false });
    expect(isSiteEnabled(off, 'lemonde.fr')).toBe(false);
    expect(isSiteEnabled(off, 'www.lemonde.fr')).toBe(false);
    expect(isSiteEnabled(off, 'bbc.co.uk')).toBe(true);
  });

  it('turning a site back on forgets it, and leaves other sites alone', () => {
    const s = withSite(withSite(defaultSettings(), 'a.org', false), 'b.org', false);
    expect(withSite(s, 'a.org', true).sites).toEqual({ 'b.org': false });
  });

  it('the global switch wins over a site that is on', () => {
    const s = { ...defaultSettings(), enabled: false };
    expect(isSiteEnabled(s, 'lemonde.fr')).toBe(false);
    expect(isSiteSwitchedOff(s, 'lemonde.fr')).toBe(false);
  });

  it('toggling twice returns to the start', () => {
    const start = defaultSettings();
    const once = withSiteToggled(start, 'www.example.org');
    expect(isSiteSwitchedOff(once, 'example.org')).toBe(true);
    expect(withSiteToggled(once, 'example.org')).toEqual(start);
  });
});
