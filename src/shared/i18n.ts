/** UI strings come from `_locales` through the i18n API; a missing key shows the key, never an empty label. */
import browser from 'webextension-polyfill';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
