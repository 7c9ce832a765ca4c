/** Labels from `_locales` for the knowledge base's types, the categories, verdicts and qualifiers (message names allow no hyphen). */
import type { EntityType, Qualifier } from '../kb/schema';
import type { Category } from '../shared/categories';
import type { Verdict } from '../shared/messages';
import { t } from '../shared/i18n';

const keyPart = (s: string): string => s.replace(/-/g, '_');

/** "Person", "Armed group"… */
export const typeLabel = (type: EntityType): string => t(`type_${keyPart(type)}`);
/** "People", "Armed groups"… (a group heading). */
export const groupLabel = (type: EntityType): string => t(`group_${keyPart(type)}`);
export const categoryLabel = (category: Category): string => t(`category_${keyPart(category)}`);
export const verdictLabel = (verdict: Verdict): string => t(`verdict_${verdict}`);
/** "about 200", "at least 200"… for a qualified value (already formatted); an exact value stands alone. */
export const qualified = (qualifier: Qualifier | undefined, value: string): string =>
  qualifier && qualifier !== 'exact' ? t(`qualifier_${keyPart(qualifier)}`, value) : value;
