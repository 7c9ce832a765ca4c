/** What the page holds, as the content script reports it to the background (badge) and the fact panel. */
import type { ArticleDetection } from '../../core/detect/article';
import type { PageState } from '../../shared/messages';
import type { Mention } from '../mentions/mentions';

export function pageState(
  url: string,
  detection: ArticleDetection | null,
  mentions: readonly Mention[],
  enabled: boolean,
  reading = false,
): PageState {
  const actors = new Map<string, PageState['actors'][number]>();
  const figures: PageState['figures'] = [];
  for (const { annotation: a } of mentions) {
    if (a.kind === 'actor') {
      const entry = actors.get(a.entity) ?? { id: a.entity, type: a.type, count: 0 };
      entry.count++;
      actors.set(a.entity, entry);
    } else {
      figures.push({
        index: figures.length,
        text: a.text,
        verdict: a.verdict,
        ...(a.fact ? { fact: a.fact } : {}),
        ...(a.event ? { event: a.event } : {}),
        ...('iso' in a.figure ? { iso: a.figure.iso } : {}),
        ...(a.kbValue !== undefined ? { kbValue: a.kbValue } : {}),
      });
    }
  }
  return {
    url,
    reading,
    isArticle: detection?.isArticle ?? false,
    enabled,
    headline: detection?.headline ?? null,
    published: detection?.published ?? null,
    actors: [...actors.values()].sort((x, y) => y.count - x.count),
    figures,
  };
}
