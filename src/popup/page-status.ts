/** The fact panel's one-line status of the page in the active tab, from what its content script reported. */
import type { PageState } from '../shared/messages';
import { isSiteEnabled, siteKey, type Settings } from '../shared/settings';
import type { SiteAccess } from './site-access';

type Translate = (key: string, substitutions?: string | string[]) => string;

export function pageStatus(
  page: PageState | null,
  access: SiteAccess | null,
  settings: Settings | null,
  t: Translate,
): string {
  if (!page)
    return !access
      ? t('pageUnavailable')
      : access.runs
        ? t('notStartedHere')
        : t('notOnThisSite', siteKey(access.host));
  const on = settings ? isSiteEnabled(settings, new URL(page.url).hostname) : page.enabled;
  // With highlights off the page is not read, so nothing is known of it yet.
  if (!on) return t('statusOff');
  if (page.reading) return t('pageReading');
  if (!page.isArticle) return t('pageNotArticle');
  return [
    t('pageIsArticle'),
    t('countActors', String(page.actors.length)),
    t('countFigures', String(page.figures.length)),
  ].join(' · ');
}
