// @vitest-environment happy-dom
/** Reading a detected article: a long one is announced to the sink before any mention is found. */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../../src/core/detect/article';
import { finish } from '../../../../src/lib/steps';
import { LONG_ARTICLE_CHARS, scanPage, type ReadSink } from '../../../../src/content/reading/page-scan';
import { indexLoader, packIndex } from '../../../../src/kb/pack';
import { tinyIndex } from '../../core/match-fixtures';
import { page } from '../helpers';

const index = indexLoader(() => packIndex(tinyIndex([{ id: 'parly', name: 'Florence Parly', type: 'person' }], [])));

function read(paragraphs: number): string[] {
  const sentence = 'Florence Parly said the French troops would stay, with a clause, another clause, and a quote. ';
  page(
    `<article><h1>France keeps its troops in Iraq</h1>${`<p>${sentence.repeat(4)}</p>`.repeat(paragraphs)}</article>`,
  );
  const detection = detectArticle(document, {
    url: 'https://www.example-news.com/news/2020/01/07/france-keeps-troops-in-iraq',
  });
  expect(detection.isArticle).toBe(true);
  const log: string[] = [];
  const sink: ReadSink = {
    long: () => log.push('long'),
    replacing: () => log.push('replacing'),
    found: (mentions) => log.push(`found ${mentions.length}`),
  };
  finish(scanPage(document, detection, index).readAll(sink));
  return log;
}

describe('scanPage', () => {
  it('reads a short article without calling it long', () => {
    const log = read(5);
    expect(log).not.toContain('long');
    expect(log.some((l) => l.startsWith('found'))).toBe(true);
  });

  it('announces a long article before its first mentions', () => {
    const log = read(Math.ceil(LONG_ARTICLE_CHARS / 380) + 5);
    expect(log[0]).toBe('long');
    expect(log.filter((l) => l === 'long')).toHaveLength(1);
  });
});
