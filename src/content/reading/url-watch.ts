/**
 * Notices navigation inside single-page sites (History API). The content script's isolated world does not see the
 * page's own `history.pushState` calls, so it listens to the Navigation API where the browser has it, and otherwise
 * checks the address on `popstate` and whenever the page's DOM changes (a new article is rendered).
 * Only a change of path or query counts: a `#fragment` is the same article.
 */

/** The part of a URL that names the document. */
export function documentKey(href: string): string {
  const url = new URL(href);
  return url.origin + url.pathname + url.search;
}

export function watchUrl(win: Window, onChange: () => void): () => void {
  let last = documentKey(win.location.href);
  const check = (): void => {
    const key = documentKey(win.location.href);
    if (key === last) return;
    last = key;
    onChange();
  };

  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', check);
    return () => navigation.removeEventListener('currententrychange', check);
  }
  win.addEventListener('popstate', check);
  const observer = new MutationObserver(check);
  observer.observe(win.document.documentElement, { childList: true, subtree: true });
  return () => {
    win.removeEventListener('popstate', check);
    observer.disconnect();
  };
}

/**
 * Resolves once the DOM has been quiet for `quietMs` (a new page finished rendering), or after `maxMs` at most;
 * never if `signal` aborts first.
 */
export function whenSettled(doc: Document, signal: AbortSignal, quietMs = 400, maxMs = 3000): Promise<void> {
  return new Promise((resolve) => {
    let quiet = setTimeout(done, quietMs);
    const cap = setTimeout(done, maxMs);
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', stop);
    function stop(): void {
      clearTimeout(quiet);
      clearTimeout(cap);
      observer.disconnect();
    }
    function done(): void {
      stop();
      if (!signal.aborted) resolve();
    }
  });
}
