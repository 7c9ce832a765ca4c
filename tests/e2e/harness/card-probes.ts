/**
 * Functions evaluated inside test pages to read Dossier's hover card from outside its closed shadow root, as far
 * as a page (and a reader) can: the host's box and computed style, and whether a text is rendered in the page
 * (`window.find`, which searches what is displayed, shadow trees included).
 */

export interface HostState {
  left: number;
  top: number;
  right: number;
  bottom: number;
  display: string;
  visibility: string;
  position: string;
  /** The host's parent element. */
  parent: string;
  /** Where the card went: below, above, after or before the mention. */
  side: string | null;
}

/** The card host's box and style, or null when no card is open. */
export function cardHost(): HostState | null {
  const host = document.querySelector('dossier-card-host');
  if (!host) return null;
  const rect = host.getBoundingClientRect();
  const style = getComputedStyle(host);
  return {
    left: rect.left,
    top: rect.top,
    right: rect.right,
    bottom: rect.bottom,
    display: style.display,
    visibility: style.visibility,
    position: style.position,
    parent: host.parentElement?.localName ?? '',
    side: host.getAttribute('data-side'),
  };
}

/**
 * Whether the page displays this text (case-sensitive), anywhere — the card included. The search moves the
 * selection, so it is cleared afterwards.
 */
export function displays(text: string): boolean {
  const found = (
    window as unknown as { find(s: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean }
  ).find(text, true, false, true);
  getSelection()?.removeAllRanges();
  return found;
}

/** The text of the article's body paragraphs, as the page shows them. */
export function articleText(): string {
  return document.querySelector('article')?.textContent ?? '';
}
