// @vitest-environment happy-dom
/**
 * A whole reading session where the Custom Highlight API is missing (happy-dom has none): the seed article is read
 * in slices and its mentions wrapped in `<dossier-mark>`; a paragraph the page adds later is read alone, once (the
 * fallback's own wrapping does not read as new text); stopping unwraps everything, leaving the text as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startReading, type ReadingSession } from '../../../../src/content/reading/session';
import { fetchedIndexLoader, indexLoader, packIndex } from '../../../../src/kb/pack';
import { defaultSettings } from '../../../../src/shared/settings';
import { fixture, SEED_URL } from '../../../e2e/harness/fixtures';
import { tinyIndex } from '../../core/match-fixtures';

const index = tinyIndex(
  [
    { id: 'france', name: 'France', type: 'state' },
    { id: 'romania', name: 'Romania', type: 'state' },
    { id: 'nato', name: 'NATO', type: 'organisation' },
    { id: 'parly', name: 'Florence Parly', type: 'person', shortNames: ['Parly'] },
  ],
  [{ id: 'romania-troops', subject: 'romania', about: ['nato'], value: 14, unit: 'troops', date: '2020-01' }],
);

function loadSeed(): void {
  const parsed = new DOMParser().parseFromString(fixture('seed-article.html'), 'text/html');
  const adopt = (from: Element) => [...from.childNodes].map((n) => document.importNode(n, true));
  document.head.replaceChildren(...adopt(parsed.head));
  document.body.replaceChildren(...adopt(parsed.body));
}

/**
 * Starts a session; `changed()` resolves at its next report of a change once the page has been read (the first
 * report, when detection is done, says it is still reading).
 */
function read(loader = indexLoader(() => packIndex(index))): {
  session: ReadingSession;
  changed: () => Promise<void>;
  reports: boolean[];
} {
  let notify = (): void => undefined;
  const reports: boolean[] = [];
  const session: ReadingSession = startReading(document, SEED_URL, defaultSettings(), {
    index: loader,
    ask: async () => null,
    t: (key) => key,
    locale: () => 'en-GB',
    onChange: () => {
      reports.push(session.reading);
      if (!session.reading) notify();
    },
  });
  return { session, reports, changed: () => new Promise<void>((resolve) => (notify = resolve)) };
}

const marks = () =>
  [...document.querySelectorAll('dossier-mark')].map((m) => `${m.getAttribute('data-category')}:${m.textContent}`);

let session: ReadingSession | null = null;
afterEach(() => session?.stop());

describe('reading session: the index from the background', () => {
  it('reads nothing, and says it is done, when the index cannot be had (the extension was reloaded)', async () => {
    loadSeed();
    const failing = fetchedIndexLoader(() => Promise.reject(new Error('Extension context invalidated.')));
    const run = read(failing);
    session = run.session;
    await run.changed();
    expect(session.reading).toBe(false);
    expect(session.detection?.isArticle).toBe(true);
    expect(session.mentions.all()).toEqual([]);
    expect(marks()).toEqual([]);
  });
});

describe('reading session without the Custom Highlight API', () => {
  it('wraps the article’s mentions, follows added text once, and unwraps on stop', async () => {
    loadSeed();
    const article = document.querySelector('article')!;
    const text = article.textContent;
    const reading = read();
    session = reading.session;
    // Detection runs in slices too: nothing is known yet.
    expect(session.detection).toBeNull();
    expect(session.reading).toBe(true);
    await reading.changed();
    expect(session.detection?.isArticle).toBe(true);
    // Reported once detected (still reading), then once read.
    expect(reading.reports).toEqual([true, false]);

    const found = marks();
    expect(found.filter((m) => m === 'person:Florence Parly')).toHaveLength(1);
    expect(found.filter((m) => m === 'person:Parly')).toHaveLength(1);
    expect(found.filter((m) => m === 'state:France')).toHaveLength(5);
    expect(found.filter((m) => m === 'organisation:NATO')).toHaveLength(3);
    expect(found).toContain('figure:14 soldiers');
    expect(session.mentions.size).toBe(found.length);
    // Nothing outside the article (the footer names France too).
    expect(document.querySelector('footer dossier-mark')).toBeNull();
    expect(article.textContent).toBe(text);

    const next = reading.changed();
    const p = document.createElement('p');
    p.textContent = 'Romania and NATO spoke again.';
    document.querySelector('.article-body')!.append(p);
    const grown = article.textContent;
    await next;
    expect([...p.querySelectorAll('dossier-mark')].map((m) => m.textContent)).toEqual(['Romania', 'NATO']);
    expect(marks()).toHaveLength(found.length + 2);
    // The fallback's own wrapping is not read as new text: nothing more happens.
    await new Promise((r) => setTimeout(r, 100));
    expect(marks()).toHaveLength(found.length + 2);

    session.stop();
    session = null;
    expect(marks()).toEqual([]);
    expect(p.textContent).toBe('Romania and NATO spoke again.');
    expect(article.textContent).toBe(grown);
  });

  it('hides and shows categories as the settings say', async () => {
    loadSeed();
    const reading = read();
    session = reading.session;
    await reading.changed();
    const settings = defaultSettings();
    settings.categories.state = false;
    session.update(settings);
    const hidden = [...document.querySelectorAll('dossier-mark[data-hidden]')].map((m) =>
      m.getAttribute('data-category'),
    );
    expect(new Set(hidden)).toEqual(new Set(['state']));
    expect(document.querySelector('dossier-mark[data-tint]')).toBeNull();
    settings.highlightStyle = 'background';
    session.update(settings);
    expect(document.querySelectorAll('dossier-mark[data-tint]')).toHaveLength(
      document.querySelectorAll('dossier-mark').length,
    );
    // The styles come with the content script (the manifest's `css`): the page's style sheets are left alone.
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});
