/**
 * The sources of a fact, figure or event: publisher and date, each linking to the page it comes from, and the kind of
 * publisher it is (official, wire, newsroom…).
 */
import { Fragment } from 'preact';
import type { Source } from '../../kb/schema';
import { t } from '../../shared/i18n';
import { formatDate } from '../../ui/format';
import { sourceKindKey } from '../../ui/labels';
import { uiLocale } from '../locale';

export function SourceLinks({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return <span class="sources sources-none">{t('sourceNone')}</span>;
  const locale = uiLocale();
  return (
    <span class="sources">
      <span class="visually-hidden">{t('sourcesLabel')} </span>
      {sources.map((s, i) => (
        <Fragment key={s.id}>
          {i > 0 && ', '}
          <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title}>
            {s.publisher}
            {s.kind && <span class="source-kind"> · {t(sourceKindKey(s.kind))}</span>}
            {s.date && ` (${formatDate(s.date, locale, 'short')})`}
          </a>
        </Fragment>
      ))}
    </span>
  );
}
