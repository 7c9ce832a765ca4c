import { describe, expect, it } from 'vitest';
import { createKbLookup } from '../../../src/kb/query/card-data';
import { compileKb } from '../../../src/kb/build/compile';
import { kbLanguage, localizeDetails } from '../../../src/kb/localize';
import { tinyKb } from './tiny-kb';

const { details } = compileKb(tinyKb());

describe("the knowledge base in the reader's language", () => {
  it('picks French for any French interface, English otherwise', () => {
    expect(kbLanguage('fr')).toBe('fr');
    expect(kbLanguage('fr-CA')).toBe('fr');
    expect(kbLanguage('en-GB')).toBe('en');
    expect(kbLanguage('de')).toBe('en');
  });

  it('gives cards and events their French texts, and keeps facts as written', () => {
    const kb = createKbLookup(localizeDetails(details, 'fr'));
    const card = kb.card('freedonia')!;
    expect(card.lang).toBe('fr');
    expect(card.description).toBe('Description en français.');
    expect(card.role).toBe('Rôle en français.');
    expect(card.facts.map((f) => f.text)).toContain('Freedonia had about 200 troops in Zenda.');
    const event = kb.event(details.timeline[0]!.id)!;
    expect(event.lang).toBe('fr');
    expect(event.title).toBe('Titre en français');
  });

  it('leaves English as authored', () => {
    const card = createKbLookup(localizeDetails(details, 'en')).card('freedonia')!;
    expect(card.lang).toBe('en');
    expect(card.description).toBe(details.entities.find((e) => e.id === 'freedonia')!.description);
  });
});
