// @vitest-environment happy-dom
/**
 * The card as assistive technology and readers meet it: a dialog named by its heading, not hidden; links that open
 * in a new tab without an opener; verdicts in words (not colour alone); at most three key facts; dates written out;
 * every string from `_locales`, in English and French.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card, TITLE_ID } from '../../../../src/content/card/Card';
import type { CardContent } from '../../../../src/content/card/card-content';
import type { EntityCard } from '../../../../src/kb/query/card-data';
import type { Source } from '../../../../src/kb/schema';

const ROOT = join(import.meta.dirname, '../../../..');
const locale = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;

const used = new Set<string>();
const t = (key: string, subs?: string | string[]) => {
  used.add(key);
  if (key === 'kbLang') return 'en';
  return `[${key}${subs === undefined ? '' : `:${[subs].flat().join('|')}`}]`;
};

const source = (n: number): Source => ({
  id: `source-${n}`,
  publisher: `Publisher ${n}`,
  title: `Title ${n}`,
  date: '2020-01-07',
  url: `https://news.example/${n}`,
});

const entity: EntityCard = {
  lang: 'en',
  id: 'florence-parly',
  name: 'Florence Parly',
  type: 'person',
  description: 'French politician.',
  role: 'Minister of the Armed Forces of France.',
  facts: [1, 2, 3, 4, 5].map((n) => ({
    id: `fact-${n}`,
    text: `Fact ${n}.`,
    date: '2020-01-07',
    value: n,
    sources: [source(n)],
  })),
  related: [{ id: 'france', name: 'France', type: 'state' }],
  events: [],
  sources: [1, 2, 3, 4, 5].map(source),
};

const CONTENTS: CardContent[] = [
  { kind: 'entity', entity, mentions: 2 },
  { kind: 'entity', entity: { ...entity, facts: [], related: [], sources: [] }, mentions: 1 },
  {
    kind: 'figure',
    text: '200 soldiers',
    verdict: 'agrees',
    kb: { id: 'f', subject: 0, about: [], value: 200, unit: 'troops', qualifier: 'about', date: '2020-01' },
    fact: {
      id: 'f',
      text: 'France had about 200 soldiers in Iraq.',
      date: '2020-01',
      value: 200,
      sources: [source(1)],
      subject: { id: 'france', name: 'France' },
      measureLabel: 'soldiers',
      sameMeasure: [],
    },
  },
  {
    kind: 'figure',
    text: '5,000 troops',
    verdict: 'differs',
    kb: { id: 'g', subject: 0, about: [], value: 5200, unit: 'troops' },
    fact: null,
  },
  { kind: 'figure', text: '12 drones', verdict: 'unknown', kb: null, fact: null },
  {
    kind: 'date',
    text: 'last Friday',
    iso: '2020-01-03',
    event: {
      id: 'e',
      date: '2020-01-03',
      time: '00:52+03:00',
      title: 'The strike',
      text: 'A drone strike.',
      fr: { title: 'La frappe', text: 'Une frappe de drone.' },
      entities: [],
      sources: ['s'],
      resolvedSources: [source(9)],
    },
  },
  { kind: 'date', text: '07 January, 2020', iso: '2020-01-07', event: null },
  {
    kind: 'figure',
    text: '16 missiles',
    verdict: 'varies',
    kb: { id: 'm', subject: 0, about: [], value: 16, unit: 'missiles', date: '2020-01-08' },
    fact: {
      id: 'm',
      text: 'The Pentagon said Iran fired 16 missiles.',
      date: '2020-01-08',
      value: 16,
      sources: [source(2)],
      subject: { id: 'oms', name: 'Operation Martyr Soleimani' },
      measureLabel: 'missiles',
      sameMeasure: [
        { id: 'm2', text: 'The Iraqi military said 22 missiles.', date: '2020-01-08', value: 22, sources: [source(3)] },
      ],
    },
  },
];

function show(content: CardContent, handlers = { onOpenPanel: vi.fn(), onClose: vi.fn() }) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<Card content={content} t={t} locale="en-GB" {...handlers} />, root);
  return { dialog: root.querySelector<HTMLElement>('[role="dialog"]')!, root, ...handlers };
}

afterEach(() => document.body.replaceChildren());

describe('Card', () => {
  it.each(CONTENTS.map((c) => [c.kind, c] as const))(
    'is a focusable dialog named by its heading (%s)',
    (_kind, content) => {
      const { dialog, root } = show(content);
      expect(dialog).not.toBeNull();
      expect(dialog.getAttribute('aria-labelledby')).toBe(TITLE_ID);
      expect(dialog.hasAttribute('aria-hidden')).toBe(false);
      expect(dialog.tabIndex).toBe(-1);
      const title = root.querySelector(`#${TITLE_ID}`);
      expect(title?.localName).toBe('h2');
      expect(title?.textContent).toBe(content.kind === 'entity' ? content.entity.name : content.text);
      for (const a of root.querySelectorAll('a')) {
        expect(a.getAttribute('target')).toBe('_blank');
        expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      }
    },
  );

  it('shows an entity’s type, role, description, three key facts, related actors, sources and mention count', () => {
    const { root } = show(CONTENTS[0]!);
    const text = root.textContent ?? '';
    expect(text).toContain('[type_person]');
    expect(text).toContain('[hoverCardMentionsMany:2]');
    expect(text).toContain('[hoverCardRole] Minister of the Armed Forces of France.');
    expect(text).toContain('French politician.');
    expect([...root.querySelectorAll('.facts li')].map((li) => li.textContent?.split('.')[0])).toEqual([
      'Fact 1',
      'Fact 2',
      'Fact 3',
    ]);
    expect(root.querySelector('.related')?.textContent).toBe('France');
    expect(root.querySelectorAll('.sources a')).toHaveLength(3);
    expect(root.querySelector('.sources a')?.textContent).toBe('Publisher 1, 7 January 2020: Title 1');
    expect(root.querySelector('.sources a')?.getAttribute('href')).toBe('https://news.example/1');
    // Knowledge-base text is marked as English for screen readers.
    expect(root.querySelector('h2')?.getAttribute('lang')).toBe('en');
  });

  it('leaves out empty sections and says "once" for a single mention', () => {
    const { root } = show(CONTENTS[1]!);
    expect(root.querySelectorAll('section')).toHaveLength(0);
    expect(root.textContent).toContain('[hoverCardMentionsOne]');
  });

  it('gives a figure’s verdict in words with an icon hidden from screen readers, the knowledge base’s figure and the source', () => {
    const { root } = show(CONTENTS[2]!);
    const verdict = root.querySelector('.verdict')!;
    expect(verdict.textContent).toBe('✓ [verdict_agrees]');
    expect(verdict.querySelector('[aria-hidden="true"]')?.textContent).toBe('✓');
    expect(root.querySelector('dl')?.textContent).toBe(
      '[hoverCardInArticle]200 soldiers[hoverCardInKb][qualifier_about:200] · January 2020',
    );
    expect(root.textContent).toContain('[hoverCardVerdictAgreesText]');
    expect(root.textContent).toContain('France had about 200 soldiers in Iraq.');
    expect(root.querySelector('.sources a')?.getAttribute('href')).toBe('https://news.example/1');
  });

  it('words every verdict differently', () => {
    expect(show(CONTENTS[3]!).root.querySelector('.verdict')?.textContent).toBe('≠ [verdict_differs]');
    expect(show(CONTENTS[4]!).root.querySelector('.verdict')?.textContent).toBe('? [verdict_unknown]');
    expect(show(CONTENTS[4]!).root.textContent).not.toContain('[hoverCardInKb]');
  });

  it('shows, for sources that vary, why the fact was matched and what the other sources report', () => {
    const { root } = show(CONTENTS[CONTENTS.length - 1]!);
    expect(root.querySelector('.verdict')?.textContent).toBe('≈ [verdict_varies]');
    expect(root.querySelector('.why')?.textContent).toContain('Operation Martyr Soleimani · missiles');
    expect(root.textContent).toContain('[hoverCardSameMeasure]');
    expect(root.textContent).toContain('22');
  });

  it('names a week by its Monday and a month by its name', () => {
    const week = show({ kind: 'date', text: 'last week', iso: '2019-12-30', span: 'week', event: null }).root;
    expect(week.querySelector('.resolved')?.textContent).toMatch(/^\[hoverCardWeekOf:Monday,? 30 December 2019\]$/);
    const month = show({ kind: 'date', text: 'late December', iso: '2019-12', span: 'month', event: null }).root;
    expect(month.querySelector('.resolved')?.textContent).toBe('December 2019');
  });

  it('marks an English fact when the interface is in French, and writes the entity in its own language', () => {
    const french = (key: string, subs?: string | string[]) => (key === 'kbLang' ? 'fr' : t(key, subs));
    const root = document.createElement('div');
    document.body.append(root);
    const content = {
      kind: 'entity' as const,
      entity: { ...entity, lang: 'fr' as const, role: 'Ministre des Armées.' },
      mentions: 1,
    };
    render(<Card content={content} t={french} locale="fr-FR" onOpenPanel={vi.fn()} onClose={vi.fn()} />, root);
    expect(root.querySelector('.description')?.getAttribute('lang')).toBe('fr');
    expect(root.textContent).toContain('Ministre des Armées.');
    expect(root.querySelector('[lang="en"]')?.textContent).toBe('Fact 1.');
    expect(root.textContent).toContain('Fact 1. ([factLanguageEn])');
  });

  it('gives a date its day in words and its timeline event', () => {
    const { root } = show(CONTENTS[5]!);
    expect(root.querySelector('.resolved')?.textContent).toMatch(/^Friday,? 3 January 2020$/);
    expect(root.textContent).toContain('[hoverCardTimeline]');
    expect(root.textContent).toContain('The strike · 00:52+03:00');
    expect(root.textContent).toContain('A drone strike.');
    expect(show(CONTENTS[6]!).root.querySelector('section')).toBeNull();
  });

  it('has a close button and an "Open in fact panel" button', () => {
    const { root, onClose, onOpenPanel } = show(CONTENTS[0]!);
    const close = root.querySelector<HTMLButtonElement>('button.close')!;
    expect(close.getAttribute('aria-label')).toBe('[hoverCardClose]');
    close.click();
    expect(onClose).toHaveBeenCalledOnce();
    const open = root.querySelector<HTMLButtonElement>('button.open-panel')!;
    expect(open.textContent).toBe('[hoverCardOpenPanel]');
    open.click();
    expect(onOpenPanel).toHaveBeenCalledOnce();
  });

  it('takes every string from _locales, in English and in French, with the same placeholders', () => {
    for (const content of CONTENTS) show(content);
    for (const key of [
      'qualifier_at_least',
      'qualifier_more_than',
      'qualifier_up_to',
      'qualifier_fewer_than',
      'rangeValue',
      'hoverCardLocale',
      'keyboardHelp',
      'keyboardHelpTitle',
    ]) {
      used.add(key);
    }
    const en = locale('en');
    const fr = locale('fr');
    const placeholders = (m: string) => [...m.matchAll(/\$\w+\$/g)].map((x) => x[0]).sort();
    for (const key of used) {
      expect(en[key]?.message, `en ${key}`).toBeTruthy();
      expect(fr[key]?.message, `fr ${key}`).toBeTruthy();
      expect(placeholders(fr[key]!.message), key).toEqual(placeholders(en[key]!.message));
    }
    expect(en['hoverCardLocale']?.message).toBe('en-GB');
    expect(fr['hoverCardLocale']?.message).toBe('fr-FR');
  });
});
