// @vitest-environment happy-dom
/** Single-page navigation: a change of path or query is a new page (a fragment is not); the DOM settles before reading. */
import { describe, expect, it, vi } from 'vitest';
import { documentKey, watchUrl, whenSettled } from '../../../../src/content/reading/url-watch';

describe('documentKey', () => {
  it('names the document by origin, path and query, not fragment', () => {
    expect(documentKey('https://news.example/a/b?id=1#top')).toBe('https://news.example/a/b?id=1');
    expect(documentKey('https://news.example/a/b?id=1')).toBe(documentKey('https://news.example/a/b?id=1#comments'));
    expect(documentKey('https://news.example/a/b?id=2')).not.toBe(documentKey('https://news.example/a/b?id=1'));
  });
});

describe('watchUrl', () => {
  it('listens to the Navigation API where the browser has it', () => {
    const navigation = new EventTarget();
    const location = { href: 'https://news.example/one' };
    const win = { location, navigation, document } as unknown as Window;
    const onChange = vi.fn();
    const stop = watchUrl(win, onChange);
    location.href = 'https://news.example/one#part-2';
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onChange).not.toHaveBeenCalled();
    location.href = 'https://news.example/two';
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledOnce();
    stop();
    location.href = 'https://news.example/three';
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('otherwise checks the address on popstate and when the DOM changes', async () => {
    const onChange = vi.fn();
    expect('navigation' in window).toBe(false);
    const stop = watchUrl(window, onChange);
    history.pushState({}, '', '/second-article');
    expect(onChange).not.toHaveBeenCalled();
    document.body.append(document.createElement('main'));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledOnce());
    history.pushState({}, '', '/first-article');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
  });
});

describe('whenSettled', () => {
  it('resolves once the DOM has been quiet for a while', async () => {
    const started = Date.now();
    const settled = whenSettled(document, new AbortController().signal, 60, 2000);
    const timer = setInterval(() => document.body.append(document.createElement('span')), 20);
    setTimeout(() => clearInterval(timer), 150);
    await settled;
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('resolves after the cap on a page that never stops changing', async () => {
    const timer = setInterval(() => document.body.append(document.createElement('span')), 10);
    const started = Date.now();
    await whenSettled(document, new AbortController().signal, 60, 200);
    clearInterval(timer);
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('never resolves once aborted', async () => {
    const abort = new AbortController();
    const settled = vi.fn();
    void whenSettled(document, abort.signal, 20, 50).then(settled);
    abort.abort();
    await new Promise((r) => setTimeout(r, 100));
    expect(settled).not.toHaveBeenCalled();
  });
});
