/** UI strings come from `_locales` through the i18n API; a missing key shows the key, never an empty label. */
import browser from 'webextension-polyfill';

/** A UI string by `_locales` key, with substitutions: `t` here, or a content script's or a test's own. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
