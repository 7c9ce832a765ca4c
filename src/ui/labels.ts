/**
 * The one table of `_locales` keys for the knowledge base's words, shared by the hover card, the screen-reader
 * announcements, the fact panel, its export and the settings page: entity types and their group headings, highlight
 * categories, verdicts, qualifiers, publishers' kinds, and the kind of a mention. Message names allow no hyphen.
 * Keys only (each caller has its own `t`), so the content script carries no table of strings.
 */
import type { EntityType, Qualifier } from '../kb/schema';
import type { Category } from '../shared/categories';
import type { Verdict } from '../shared/messages';

const keyPart = (s: string): string => s.replace(/-/g, '_');

/** "Person", "Armed group"… */
export const typeKey = (type: EntityType): string => `type_${keyPart(type)}`;
/** "People", "Armed groups"… (a group heading). */
export const groupKey = (type: EntityType): string => `group_${keyPart(type)}`;
/** "People", "Organisations and coalitions"… (what a reader switches on and off). */
export const categoryKey = (category: Category): string => `category_${keyPart(category)}`;
/** "Agrees", "Sources vary", "Not in the KB"… */
export const verdictKey = (verdict: Verdict): string => `verdict_${verdict}`;
/** "about $1", "at least $1"… (an exact value takes no qualifier). */
export const qualifierKey = (qualifier: Exclude<Qualifier, 'exact'>): string => `qualifier_${keyPart(qualifier)}`;
/** "official", "news agency"… ("state-affiliated" → sourceKind_state_affiliated). */
export const sourceKindKey = (kind: string): string => `sourceKind_${keyPart(kind)}`;

/** A mention that is a figure, or a date (an entity's mention is named by its type). */
export const FIGURE_KEY = 'hoverCardTypeFigure';
export const DATE_KEY = 'hoverCardTypeDate';
