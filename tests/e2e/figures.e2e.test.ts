/**
 * Figures as a reader checks them, in Chromium and Firefox: hovering a figure of each verdict shows the verdict, the
 * knowledge base's value, its source and why it was matched; a figure whose only agreeing source is the page itself
 * says it comes from this article; the fact panel's figure filter works from the keyboard.
 *
 * The pages are the seed article with paragraphs added to its body. The "from this article" page is served under the
 * address of a fact's only source, with that fact's own sentence in it: the fact is picked from the knowledge base when
 * the test runs, so the test holds whatever the data becomes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnnotator, type FigureAnnotation } from '../../src/core/annotate';
import { restsOnPage } from '../../src/core/link/own-source';
import { compileKb } from '../../src/kb/build/compile';
import { loadPublishers, loadTopicFiles } from '../../src/kb/build/load';
import type { Source } from '../../src/kb/schema';
import { BROWSERS, FIXTURE_HOSTS, ROOT, type DPage } from './harness/browsers';
import { displays } from './harness/card-probes';
import { fixture, SEED_URL } from './harness/fixtures';
import { hoverMention } from './harness/hover';
import { dossierReady } from './harness/page-probes';
import { openPanel } from './harness/panel';
import { uiString } from './harness/reading-pages';
import { useBrowser } from './harness/use-browser';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const AWAY = { x: 700, y: 10 };

/** Sentences whose figures get each verdict against the knowledge base (checked in Node below, before the browser). */
const VERDICT_PARAGRAPHS = {
  varies: {
    text: 'Iran fired 16 ballistic missiles at Ain al-Asad and Erbil, the Pentagon said.',
    figure: '16 ballistic missiles',
  },
  differs: { text: 'Germany had 190 soldiers in Iraq, the German defence ministry said.', figure: '190 soldiers' },
  agrees: { text: 'Denmark said its 133 soldiers at Ain al-Asad were safe.', figure: '133 soldiers' },
  unknown: { text: 'Spain sent 12 drones to the region.', figure: '12 drones' },
} as const;

const { index, details } = compileKb(loadTopicFiles(), loadPublishers());
const annotator = createAnnotator(index);

/** The seed article with paragraphs added after its first one, and (optionally) another publication date. */
function seedWith(paragraphs: readonly string[], published?: string): string {
  let html = fixture('seed-article.html');
  const marker = '<p>France has "no intention"';
  html = html.replace(marker, `${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}\n${marker}`);
  if (published) html = html.replace(/content="2020-01-07T14:21:00\+00:00"/, `content="${published}T12:00:00+00:00"`);
  return html;
}

/** Hosts the content script runs on out of the box that the test browsers reach (the fixture server's). */
const CURATED = (
  JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { content_scripts: { matches: string[] }[] }
).content_scripts[0]!.matches.map((m) => m.replace(/^\*:\/\/\*\./, '').replace(/\/\*$/, '')).filter((d) =>
  FIXTURE_HOSTS.includes(`www.${d}`),
);

/** A fact whose only source is on such a site, whose own sentence the engine links back to it in agreement. */
function ownSourceCase(): { url: string; sentence: string; figure: string; published: string } {
  for (const fact of details.facts) {
    if (fact.value === undefined || fact.sources.length !== 1) continue;
    const source: Source = details.sources[fact.sources[0]!]!;
    const host = new URL(source.url).hostname.replace(/^www\./, '');
    if (!source.date || source.date.length !== 10 || !CURATED.includes(host)) continue;
    const figures = annotator
      .annotate([fact.text], { published: source.date })
      .filter(
        (a): a is FigureAnnotation =>
          a.kind === 'figure' && a.fact === fact.id && (a.verdict === 'agrees' || a.verdict === 'varies'),
      );
    const url = `http://www.${host}${new URL(source.url).pathname}`;
    if (figures[0] && restsOnPage([source], { url, published: source.date })) {
      return { url, sentence: fact.text, figure: figures[0].text, published: source.date };
    }
  }
  throw new Error('No fact rests on a single curated page whose sentence links back to it');
}

/** Whether the card shows a section heading (drawn in capitals: Chromium finds the text as drawn, Firefox as written). */
async function showsHeading(page: DPage, key: string): Promise<boolean> {
  const text = uiString(key);
  return (await page.evaluate(displays, text)) || page.evaluate(displays, text.toUpperCase());
}

async function hoverAndWait(page: DPage, text: string): Promise<void> {
  await page.mouseMove(AWAY.x, AWAY.y);
  await page.waitFor(() => document.querySelector('dossier-card-host') === null, undefined, 3_000);
  expect(await hoverMention(page, text), `no card for "${text}"`).toBe(true);
  await sleep(250);
}

describe('the verdict sentences, in Node', () => {
  it('give the verdicts the browser test expects', () => {
    const texts = Object.values(VERDICT_PARAGRAPHS).map((p) => p.text);
    const figures = annotator
      .annotate(texts, { published: '2020-01-07' })
      .filter((a): a is FigureAnnotation => a.kind === 'figure');
    for (const [verdict, { figure }] of Object.entries(VERDICT_PARAGRAPHS)) {
      expect(figures.find((f) => f.text === figure)?.verdict, figure).toBe(verdict);
    }
  });
});

describe.each(BROWSERS)('figures in %s', (name) => {
  const session = useBrowser(name);

  it('hovering a figure of each verdict shows the verdict, the value, the source and why it was matched', async () => {
    const url = `${SEED_URL}?figures`;
    session.server.route(url, { body: seedWith(Object.values(VERDICT_PARAGRAPHS).map((p) => p.text)) });
    const page = await session.driver.open(url);
    await page.waitFor(dossierReady);

    for (const [verdict, { figure }] of Object.entries(VERDICT_PARAGRAPHS)) {
      await hoverAndWait(page, figure);
      expect(await page.evaluate(displays, uiString(`verdict_${verdict}`)), `${figure}: ${verdict}`).toBe(true);
      if (verdict !== 'unknown') {
        // The knowledge base's value, what it was matched on, and the fact's source, by publisher.
        expect(await page.evaluate(displays, uiString('hoverCardInKb'))).toBe(true);
        expect(await page.evaluate(displays, uiString('hoverCardMatchedOn', '').trim())).toBe(true);
        expect(await showsHeading(page, 'hoverCardSources')).toBe(true);
      }
      if (verdict === 'varies') expect(await showsHeading(page, 'hoverCardSameMeasure')).toBe(true);
      await page.screenshot(`figure-${verdict}`);
    }
    await page.close();
  });

  it('says a figure comes from this article when its only agreeing source is the page itself', async () => {
    const own = ownSourceCase();
    session.server.route(own.url, { body: seedWith([own.sentence], own.published) });
    const page = await session.driver.open(own.url);
    await page.waitFor(dossierReady);
    await hoverAndWait(page, own.figure);
    expect(await page.evaluate(displays, uiString('verdict_self'))).toBe(true);
    expect(await page.evaluate(displays, uiString('verdict_agrees'))).toBe(false);
    await page.screenshot('figure-self');
    // The fact panel says the same, from its first answer on (the page's own, before the background's copy).
    const panel = await openPanel(session.driver, await session.driver.tabIdOf(own.url));
    const row = await panel.evaluate(
      (figure: string) =>
        [...document.querySelectorAll('.figure')].find((r) => r.textContent!.includes(figure))?.textContent ?? '',
      own.figure,
    );
    expect(row).toContain(uiString('verdict_self'));
    expect(row).not.toContain(uiString('verdict_agrees'));
    await panel.close();
    await page.close();
  });

  it('filters the panel to figures that differ or whose sources vary, from the keyboard', async () => {
    const url = `${SEED_URL}?figures-panel`;
    session.server.route(url, { body: seedWith(Object.values(VERDICT_PARAGRAPHS).map((p) => p.text)) });
    const page = await session.driver.open(url);
    await page.waitFor(dossierReady);
    const panel = await openPanel(session.driver, await session.driver.tabIdOf(url));
    const rows = () => [...document.querySelectorAll('.figure .figure-text')].map((r) => r.textContent ?? '');

    expect((await panel.evaluate(rows)).length).toBeGreaterThan(2);
    await panel.evaluate(() =>
      (document.querySelector('input[name="figure-filter"][value="all"]') as HTMLInputElement).focus(),
    );
    await panel.press('ArrowRight');
    const differs = await panel.evaluate(rows);
    expect(differs).toEqual([`“${VERDICT_PARAGRAPHS.differs.figure}”`]);
    await panel.press('ArrowRight');
    const varies = await panel.evaluate(rows);
    expect(varies).toContain(`“${VERDICT_PARAGRAPHS.varies.figure}”`);
    expect(varies).not.toContain(`“${VERDICT_PARAGRAPHS.differs.figure}”`);
    await panel.screenshot('panel-figures-varies');
    await panel.press('ArrowRight');
    expect((await panel.evaluate(rows)).length).toBeGreaterThan(2);
    await panel.close();
    await page.close();
  });
});
