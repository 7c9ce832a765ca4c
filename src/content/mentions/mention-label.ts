/** How a mention is told to a screen reader: "Florence Parly, Person, 2 of 27". */
import type { Translate } from '../../shared/i18n';
import { DATE_KEY, FIGURE_KEY, typeKey } from '../../ui/labels';
import type { Mention } from './mentions';

export function kindKey(mention: Mention): string {
  const a = mention.annotation;
  if (a.kind === 'actor') return typeKey(a.type);
  return 'iso' in a.figure ? DATE_KEY : FIGURE_KEY;
}

export function mentionLabel(mention: Mention, place: { n: number; of: number }, t: Translate): string {
  return t('announceMention', [
    mention.range.toString().replace(/\s+/g, ' ').trim(),
    t(kindKey(mention)),
    String(place.n),
    String(place.of),
  ]);
}
