/**
 * The hover card (Preact), rendered into Dossier's closed shadow root: an entity's card, a figure's check against
 * the knowledge base, or a date's day and timeline event. Every string comes from `_locales` through `t`.
 * Knowledge-base text is English and marked so.
 */
import type { ComponentChildren } from 'preact';
import type { CardFact, FigureCardFact } from '../../kb/query/card-data';
import { FACT_LANG } from '../../kb/localize';
import { factsByTime } from '../../ui/entity-card';
import { FactText } from '../../ui/FactText';
import { formatDate, formatFigure } from '../../ui/format';
import { DATE_KEY, FIGURE_KEY, sourceKindKey, typeKey, verdictKey } from '../../ui/labels';
import type { Source } from '../../kb/schema';
import type { Translate } from '../../shared/i18n';
import type { Verdict } from '../../shared/messages';
import type { CardContent } from './card-content';

export const TITLE_ID = 'dossier-card-title';
/** Descriptions, roles and events come in the reader's language (`kb/localize.ts`); facts in theirs (`FACT_LANG`). */
/** A card stays short: the fact panel has the rest. */
const MAX_FACTS = 3;
const MAX_SOURCES = 3;

/** Each verdict's icon and the key of the sentence that explains it; its word is the shared label (`verdictKey`). */
const VERDICT: Record<Verdict, { icon: string; text: string }> = {
  agrees: { icon: '✓', text: 'hoverCardVerdictAgreesText' },
  varies: { icon: '≈', text: 'hoverCardVerdictVariesText' },
  self: { icon: '↺', text: 'hoverCardVerdictSelfText' },
  differs: { icon: '≠', text: 'hoverCardVerdictDiffersText' },
  unknown: { icon: '?', text: 'hoverCardVerdictUnknownText' },
};

export interface CardProps {
  content: CardContent;
  t: Translate;
  /** BCP 47 locale for numbers and dates. */
  locale: string;
  onOpenPanel(): void;
  onClose(): void;
}

export function Card({ content, t, locale, onOpenPanel, onClose }: CardProps) {
  return (
    <div class={`card card-${content.kind}`} role="dialog" aria-labelledby={TITLE_ID} tabIndex={-1}>
      <button
        type="button"
        class="close"
        aria-label={t('hoverCardClose')}
        title={t('hoverCardClose')}
        onClick={onClose}
      >
        ×
      </button>
      {content.kind === 'entity' && <EntityBody content={content} t={t} locale={locale} />}
      {content.kind === 'figure' && <FigureBody content={content} t={t} locale={locale} />}
      {content.kind === 'date' && <DateBody content={content} t={t} locale={locale} />}
      <footer class="actions">
        <button type="button" class="open-panel" onClick={onOpenPanel}>
          {t('hoverCardOpenPanel')}
        </button>
      </footer>
    </div>
  );
}

type BodyProps<K extends CardContent['kind']> = {
  content: Extract<CardContent, { kind: K }>;
  t: Translate;
  locale: string;
};

function Header({ label, children }: { label: string; children?: ComponentChildren }) {
  return (
    <p class="kind">
      <span class="chip">{label}</span>
      {children}
    </p>
  );
}

function EntityBody({ content, t, locale }: BodyProps<'entity'>) {
  const { entity, mentions } = content;
  const facts = factsByTime(entity.facts.slice(0, MAX_FACTS));
  return (
    <>
      <Header label={t(typeKey(entity.type))}>
        <span class="count">
          {mentions === 1 ? t('hoverCardMentionsOne') : t('hoverCardMentionsMany', String(mentions))}
        </span>
      </Header>
      <h2 id={TITLE_ID} lang={entity.lang}>
        {entity.name}
      </h2>
      <p class="role">
        <strong>{t('hoverCardRole')}</strong> <span lang={entity.lang}>{entity.role}</span>
      </p>
      <p class="description" lang={entity.lang}>
        {entity.description}
      </p>
      {entity.facts.length > 0 && (
        <Section title={t('cardFacts')}>
          <FactList facts={facts.known} locale={locale} t={t} />
          {facts.later.length > 0 && (
            <>
              <h4 class="later">{t('cardLater')}</h4>
              <FactList facts={facts.later} locale={locale} t={t} />
            </>
          )}
        </Section>
      )}
      {entity.related.length > 0 && (
        <Section title={t('cardRelated')}>
          <p class="related" lang={entity.lang}>
            {entity.related.map((r) => r.name).join(' · ')}
          </p>
        </Section>
      )}
      <Sources sources={entity.sources} t={t} locale={locale} />
    </>
  );
}

function FigureBody({ content, t, locale }: BodyProps<'figure'>) {
  const verdict = VERDICT[content.verdict];
  return (
    <>
      <Header label={t(FIGURE_KEY)}>
        <span class={`verdict verdict-${content.verdict}`}>
          <span aria-hidden="true">{verdict.icon}</span> {t(verdictKey(content.verdict))}
        </span>
      </Header>
      <h2 id={TITLE_ID}>{content.text}</h2>
      <dl class="figures">
        <dt>{t('hoverCardInArticle')}</dt>
        <dd>{content.text}</dd>
        {content.kb && (
          <>
            <dt>{t('hoverCardInKb')}</dt>
            <dd>
              <strong>{formatFigure(content.kb, locale, t)}</strong>
              {content.kb.date && <span class="meta"> · {formatDate(content.kb.date, locale)}</span>}
            </dd>
          </>
        )}
      </dl>
      <p class={`verdict-text verdict-${content.verdict}`}>{t(verdict.text)}</p>
      {content.fact && (
        <>
          <p class="why meta">{t('hoverCardMatchedOn', matchedOn(content.fact, locale))}</p>
          <p class="fact-text">
            <FactText text={content.fact.text} t={t} />
          </p>
          <Sources sources={content.fact.sources} t={t} locale={locale} />
          {content.verdict !== 'agrees' && content.fact.sameMeasure.length > 0 && (
            <Section title={t('hoverCardSameMeasure')}>
              <ul class="facts">
                {content.fact.sameMeasure.map((f) => (
                  <ReportedValue key={f.id} fact={f} locale={locale} t={t} />
                ))}
              </ul>
            </Section>
          )}
        </>
      )}
    </>
  );
}

function DateBody({ content, t, locale }: BodyProps<'date'>) {
  const { event } = content;
  return (
    <>
      <Header label={t(DATE_KEY)} />
      <h2 id={TITLE_ID}>{content.text}</h2>
      <p class="resolved">
        <strong>
          {content.span === 'week'
            ? t('hoverCardWeekOf', formatDate(content.iso, locale, 'weekday'))
            : formatDate(content.iso, locale, 'weekday')}
        </strong>
      </p>
      {event && (
        <Section title={t('hoverCardTimeline')}>
          <p class="event-title" lang={event.lang ?? FACT_LANG}>
            <strong>{event.title}</strong>
            {event.time && <span class="meta"> · {event.time}</span>}
          </p>
          <p lang={event.lang ?? FACT_LANG}>{event.text}</p>
          <Sources sources={event.resolvedSources} t={t} locale={locale} />
        </Section>
      )}
    </>
  );
}

/** Why this fact checks the figure: its subject, what it counts, its date. */
function matchedOn(fact: FigureCardFact, locale: string): string {
  return [fact.subject.name, fact.measureLabel, fact.date && formatDate(fact.date, locale)].filter(Boolean).join(' · ');
}

/** Another source's value for the same measure: the value, its date and its first source. */
function ReportedValue({ fact, locale, t }: { fact: CardFact; locale: string; t: Translate }) {
  const value =
    fact.value === undefined ? null : <strong>{formatFigure({ ...fact, value: fact.value }, locale, t)}</strong>;
  return <FactLine lead={value} fact={fact} locale={locale} t={t} />;
}

/** A fact on one line: what leads it (its text, or its value), its date and its first source. */
function FactLine({
  lead,
  fact,
  locale,
  t,
}: {
  lead: ComponentChildren;
  fact: CardFact;
  locale: string;
  t: Translate;
}) {
  const source = fact.sources[0];
  return (
    <li>
      {lead}
      {fact.date && <span class="meta"> · {formatDate(fact.date, locale)}</span>}
      {source && (
        <>
          {' · '}
          <SourceLink source={source} t={t} />
        </>
      )}
    </li>
  );
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** Facts known when the article was written, or (a second list, under "Later") those dated after it. */
function FactList({ facts, locale, t }: { facts: CardFact[]; locale: string; t: Translate }) {
  if (facts.length === 0) return null;
  return (
    <ul class="facts">
      {facts.map((f) => (
        <Fact key={f.id} fact={f} locale={locale} t={t} />
      ))}
    </ul>
  );
}

function Fact({ fact, locale, t }: { fact: CardFact; locale: string; t: Translate }) {
  return <FactLine lead={<FactText text={fact.text} t={t} />} fact={fact} locale={locale} t={t} />;
}

/**
 * A source as a link: its publisher and the kind of publisher it is (official, news agency, newsroom…), then
 * (`locale` given) its date and title.
 */
function SourceLink({ source, locale, t }: { source: Source; locale?: string; t: Translate }) {
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
      {source.publisher}
      {source.kind && <span class="source-kind"> ({t(sourceKindKey(source.kind))})</span>}
      {locale !== undefined && (
        <>
          {source.date && `, ${formatDate(source.date, locale)}`}:{' '}
          <span lang={source.lang ?? FACT_LANG}>{source.title}</span>
        </>
      )}
    </a>
  );
}

function Sources({ sources, t, locale }: { sources: Source[]; t: Translate; locale: string }) {
  if (sources.length === 0) return null;
  return (
    <Section title={t('hoverCardSources')}>
      <ul class="sources">
        {sources.slice(0, MAX_SOURCES).map((s) => (
          <li key={s.id}>
            <SourceLink source={s} locale={locale} t={t} />
          </li>
        ))}
      </ul>
    </Section>
  );
}
