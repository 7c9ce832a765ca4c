/** How a mention is told to a screen reader: "Florence Parly, Person, 2 of 27". */
import type { Translate } from './card/format';
import { DATE_KEY, ENTITY_TYPE_KEYS, FIGURE_KEY } from '../ui/kind-labels';
import type { Mention } from './mentions';

export function kindKey(mention: Mention): string {
  const a = mention.annotation;
  if (a.kind === 'actor') return ENTITY_TYPE_KEYS[a.type];
  return 'iso' in a.figure ? DATE_KEY : FIGURE_KEY;
}

export function mentionLabel(mention: Mention, place: { n: number; of: number }, t: Translate): string {
  return t('announceMention', [mention.range.toString().replace(/\s+/g, ' ').trim(), t(kindKey(mention)), String(place.n), String(place.of)]);
}
