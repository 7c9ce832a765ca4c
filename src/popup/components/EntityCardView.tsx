/**
 * An entity's card in the fact panel: the same content as the hover card in the page (from `kb/query/card-data`):
 * role, description, key facts with their sources, related entities and timeline events. It shares the hover card's
 * pieces (`src/ui/`: fact text, labels, formats, the "Later" split), not its markup: see `ui/entity-card.ts`.
 */
import { FactText } from '../../ui/FactText';
import { factsByTime } from '../../ui/entity-card';
import { formatDate } from '../../ui/format';
import { typeKey } from '../../ui/labels';
import type { CardFact, EntityCard } from '../../kb/query/card-data';
import { t } from '../../shared/i18n';
import { uiLocale } from '../locale';
import { SourceLinks } from './SourceLinks';

export function EntityCardView({
  card,
  headingLevel = 3,
  onOpenEntity,
}: {
  card: EntityCard;
  headingLevel?: 2 | 3 | 4;
  /** Opens the card of a related entity; without it related entities are plain text. */
  onOpenEntity?: (id: string) => void;
}) {
  const locale = uiLocale();
  const Heading = `h${headingLevel}` as 'h3';
  const Sub = `h${Math.min(headingLevel + 1, 6)}` as 'h4';
  const facts = factsByTime(card.facts);
  return (
    <article class={`card card-${card.type}`} aria-label={card.name}>
      <Heading class="card-name" tabIndex={-1}>
        {card.name} <span class="type-tag">{t(typeKey(card.type))}</span>
      </Heading>
      <p class="card-role">{card.role}</p>
      <p class="card-description">{card.description}</p>
      {card.facts.length > 0 && (
        <section class="card-section">
          <Sub>{t('cardFacts')}</Sub>
          <FactItems facts={facts.known} locale={locale} />
          {facts.later.length > 0 && (
            <>
              <p class="card-later">{t('cardLater')}</p>
              <FactItems facts={facts.later} locale={locale} />
            </>
          )}
        </section>
      )}
      {card.events.length > 0 && (
        <section class="card-section">
          <Sub>{t('timelineHeading')}</Sub>
          <ul class="card-events">
            {card.events.map((ev) => (
              <li key={ev.id}>
                <span class="date">{formatDate(ev.date, locale, 'short')}</span> {ev.title}
              </li>
            ))}
          </ul>
        </section>
      )}
      {card.related.length > 0 && (
        <section class="card-section">
          <Sub>{t('cardRelated')}</Sub>
          <ul class="card-related">
            {card.related.map((r) => (
              <li key={r.id}>
                {onOpenEntity ? (
                  <button type="button" class="link-button" onClick={() => onOpenEntity(r.id)}>
                    {r.name}
                  </button>
                ) : (
                  r.name
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {card.sources.length > 0 && (
        <p class="card-sources">
          {t('sourcesLabel')} <SourceLinks sources={card.sources} />
        </p>
      )}
    </article>
  );
}

/** Facts of a card, each with its date, text and sources. */
function FactItems({ facts, locale }: { facts: CardFact[]; locale: string }) {
  if (facts.length === 0) return null;
  return (
    <ul class="card-facts">
      {facts.map((f) => (
        <li key={f.id}>
          {f.date && <span class="date">{formatDate(f.date, locale, 'short')} · </span>}
          <FactText text={f.text} t={t} /> <SourceLinks sources={f.sources} />
        </li>
      ))}
    </ul>
  );
}
