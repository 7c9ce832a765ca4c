import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { furnitureName, isBoilerplate, isClearBoilerplate } from '../../../src/core/dom/boilerplate';

const el = (html: string): Element => {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return document.getElementById('x') as unknown as Element;
};

describe('furnitureName', () => {
  it.each([
    ['<div id="x" class="share-tools">', 'clear'],
    ['<div id="x" class="mostRead">', 'clear'],
    ['<div id="x" class="c-more-stories">', 'clear'],
    ['<div id="x" data-module="RelatedContent">', 'clear'],
    ['<div id="x" class="comment-body">', 'clear'],
    ['<div id="x" class="sidebar-right">', 'layout'],
    ['<div id="x" class="site-menu">', 'layout'],
    ['<div id="x" class="sidebar content">', null],
    ['<div id="x" class="article-body social-share">', null],
    ['<div id="x" class="l-sidebar-fixed l-article-body-segment">', null],
    ['<div id="x" class="is-showingReadNextSidebar">', null],
    ['<div id="x" class="headline">', null],
    ['<div id="x" data-behavior="trigger_contents_nav">', null],
  ])('%s → %s', (html, expected) => {
    expect(furnitureName(el(`${html}</div>`))).toBe(expected);
  });
});

describe('isBoilerplate / isClearBoilerplate', () => {
  it('treats furniture tags and landmark roles as boilerplate', () => {
    for (const html of ['<nav id="x"></nav>', '<aside id="x"></aside>', '<div id="x" role="complementary"></div>']) {
      expect(isBoilerplate(el(html))).toBe(true);
      expect(isClearBoilerplate(el(html))).toBe(true);
    }
  });

  it('treats a layout name as boilerplate only where wrappers cannot be lost', () => {
    const sidebar = el('<div id="x" class="sidebar"><p>Text</p></div>');
    expect(isBoilerplate(sidebar)).toBe(true);
    expect(isClearBoilerplate(sidebar)).toBe(false);
  });

  it('never treats the container of the headline or of the article body as boilerplate', () => {
    expect(isBoilerplate(el('<div id="x" class="share-header"><h1>Headline</h1></div>'))).toBe(false);
    expect(isBoilerplate(el('<form id="x"><div itemprop="articleBody"><p>Body</p></div></form>'))).toBe(false);
  });

  it('keeps a form that wraps the page (ASP.NET style), not a sign-up form', () => {
    expect(isBoilerplate(el('<form id="x"><p>One.</p><p>Two.</p><p>Three.</p></form>'))).toBe(false);
    expect(isBoilerplate(el('<form id="x"><p>Sign up for our newsletter.</p><input></form>'))).toBe(true);
  });

  it('can skip the headline check when the caller knows there is none inside', () => {
    expect(isBoilerplate(el('<div id="x" class="related"><h1>Other</h1></div>'), false)).toBe(true);
  });

  it('never treats <article>, <main> or [itemprop=articleBody] as furniture by name', () => {
    expect(isBoilerplate(el('<article id="x" class="related"></article>'))).toBe(false);
    expect(isBoilerplate(el('<div id="x" class="comments" itemprop="articleBody"></div>'))).toBe(false);
  });
});
