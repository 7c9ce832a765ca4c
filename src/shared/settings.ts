/**
 * Dossier's settings: one schema, defaults, versioned migrations and repair.
 * Stored in `storage.sync` under the key `settings`. A missing, partial or corrupted value falls back to the
 * defaults field by field, so a bad value can never break the page or the popup.
 */
import { CATEGORIES, type Category } from './categories';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export type HighlightStyle = 'underline' | 'background';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Global switch. */
  enabled: boolean;
  /** Per-site switch by hostname; absent means "on" for the curated sites. */
  sites: Record<string, boolean>;
  categories: Record<Category, boolean>;
  /** Dwell before a hover card opens, in milliseconds. */
  hoverDelay: number;
  highlightStyle: HighlightStyle;
  /** Show the count of actors on the toolbar badge. */
  badge: boolean;
}

export const HOVER_DELAY_RANGE = { min: 100, max: 2000 } as const;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    enabled: true,
    sites: {},
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>,
    hoverDelay: 300,
    highlightStyle: 'underline',
    badge: true,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Upgrades a stored value written by an older version to the current shape (before repair). */
function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  // Version 0 (unversioned drafts) kept the site list as an array of disabled hostnames.
  if (raw['version'] === undefined && Array.isArray(raw['disabledSites'])) {
    const sites: Record<string, boolean> = {};
    for (const host of raw['disabledSites']) if (typeof host === 'string') sites[host] = false;
    const { disabledSites: _dropped, ...rest } = raw;
    return { ...rest, sites, version: SETTINGS_VERSION };
  }
  return raw;
}

/** Returns valid settings from any stored value, keeping every valid field and repairing the rest. */
export function parseSettings(stored: unknown): Settings {
  const settings = defaultSettings();
  if (!isRecord(stored)) return settings;
  const raw = migrate(stored);
  if (typeof raw['enabled'] === 'boolean') settings.enabled = raw['enabled'];
  if (isRecord(raw['sites'])) {
    for (const [host, on] of Object.entries(raw['sites'])) {
      if (typeof on === 'boolean' && isHostname(host)) settings.sites[host] = on;
    }
  }
  if (isRecord(raw['categories'])) {
    for (const c of CATEGORIES) {
      const on = raw['categories'][c];
      if (typeof on === 'boolean') settings.categories[c] = on;
    }
  }
  const delay = raw['hoverDelay'];
  if (typeof delay === 'number' && Number.isFinite(delay)) {
    settings.hoverDelay = Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, delay)));
  }
  if (raw['highlightStyle'] === 'underline' || raw['highlightStyle'] === 'background') {
    settings.highlightStyle = raw['highlightStyle'];
  }
  if (typeof raw['badge'] === 'boolean') settings.badge = raw['badge'];
  return settings;
}

/**
 * The repaired settings when the stored value is not exactly valid settings; null when it needs no repair. A missing
 * value needs none: it reads as the defaults, and writing them could overwrite a first change made meanwhile.
 */
export function repairedSettings(stored: unknown): Settings | null {
  if (stored === undefined) return null;
  const settings = parseSettings(stored);
  return sameJson(stored, settings) ? null : settings;
}

/** Deep equality of two JSON values, independent of key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && sameJson(ra[k], rb[k]));
}

export function isHostname(host: string): boolean {
  return /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/.test(host);
}

/** Whether Dossier highlights on this hostname. `www.` is folded so a switch covers the whole site. */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && settings.sites[siteKey(hostname)] !== false;
}

/** Whether the reader turned this site off (regardless of the global switch). */
export function isSiteSwitchedOff(settings: Settings, hostname: string): boolean {
  return settings.sites[siteKey(hostname)] === false;
}

/** The settings with this site's switch set; turning a site back on forgets it, so the default applies again. */
export function withSite(settings: Settings, hostname: string, on: boolean): Settings {
  const key = siteKey(hostname);
  const { [key]: _previous, ...others } = settings.sites;
  return { ...settings, sites: on ? others : { ...others, [key]: false } };
}

/** Flips this site's switch (the keyboard command). */
export function withSiteToggled(settings: Settings, hostname: string): Settings {
  return withSite(settings, hostname, isSiteSwitchedOff(settings, hostname));
}
