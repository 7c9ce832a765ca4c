// @vitest-environment happy-dom
/** What the content script reports: actors counted by entity, figures in reading order with their checks. */
import { describe, expect, it } from 'vitest';
import { pageState } from '../../../../src/content/reading/page-state';
import type { ArticleDetection } from '../../../../src/core/detect/article';
import type { FigureAnnotation } from '../../../../src/core/annotate';
import { mentionOf, page, textNode } from '../helpers';

describe('pageState', () => {
  it('counts actors by entity, lists figures and dates, and says whether Dossier is on', () => {
    page('<p>France and NATO: France sent 200 soldiers last Friday.</p>');
    const text = textNode('p', 'France');
    const figure = mentionOf(text, '200 soldiers', 'figure');
    figure.annotation = {
      ...(figure.annotation as FigureAnnotation),
      fact: 'france-troops',
      kbValue: 200,
      verdict: 'agrees',
    };
    const date = mentionOf(text, 'last Friday', 'figure');
    date.annotation = {
      ...(date.annotation as FigureAnnotation),
      figure: { iso: '2020-01-03', relative: true },
      event: 'strike',
    };
    const second = mentionOf(text, 'France', 'state', 'france');
    second.range.setStart(text, text.data.lastIndexOf('France'));
    const mentions = [
      mentionOf(text, 'France', 'state', 'france'),
      mentionOf(text, 'NATO', 'organisation', 'nato'),
      second,
      figure,
      date,
    ];
    const detection = { isArticle: true, headline: 'Headline', published: '2020-01-07' } as ArticleDetection;

    const state = pageState('https://news.example/a', detection, mentions, true);
    expect(state).toMatchObject({
      url: 'https://news.example/a',
      reading: false,
      isArticle: true,
      enabled: true,
      headline: 'Headline',
      published: '2020-01-07',
    });
    expect(pageState('https://news.example/a', detection, [], true, true)).toMatchObject({
      reading: true,
      isArticle: true,
      actors: [],
    });
    expect(state.actors.map((a) => [a.id, a.count])).toEqual([
      ['france', 2],
      ['nato', 1],
    ]);
    expect(state.figures).toEqual([
      { index: 0, text: '200 soldiers', verdict: 'agrees', fact: 'france-troops', kbValue: 200 },
      { index: 1, text: 'last Friday', verdict: 'unknown', event: 'strike', iso: '2020-01-03' },
    ]);
  });

  it('reports a page that is not an article, or where Dossier is off, as such', () => {
    expect(pageState('https://news.example/', null, [], false)).toEqual({
      url: 'https://news.example/',
      reading: false,
      isArticle: false,
      enabled: false,
      headline: null,
      published: null,
      actors: [],
      figures: [],
    });
  });
});
