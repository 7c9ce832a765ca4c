/** The browser's UI language, which also picks the `_locales` strings: dates and numbers follow it. */
import browser from 'webextension-polyfill';

export function uiLocale(): string {
  return browser.i18n.getUILanguage() || 'en';
}
