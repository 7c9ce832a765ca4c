/**
 * The knowledge base in the reader's language: entities' descriptions and roles and timeline events' titles and texts
 * are written in English and French (`fr`); facts keep the language they were written in. The language is the one the
 * browser picked the interface strings in (the `kbLang` message of `_locales`).
 */
import type { KbDetails } from './runtime';

export type KbLanguage = 'en' | 'fr';

/** The language facts are written in. */
export const FACT_LANG: KbLanguage = 'en';

export function kbLanguage(code: string): KbLanguage {
  return code.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function localizeDetails(details: KbDetails, lang: KbLanguage): KbDetails {
  if (lang === 'en') return { ...details, lang };
  return {
    ...details,
    lang,
    entities: details.entities.map((e) => ({ ...e, description: e.fr.description, role: e.fr.role })),
    timeline: details.timeline.map((ev) => ({ ...ev, title: ev.fr.title, text: ev.fr.text })),
  };
}
