/**
 * What Dossier tells a screen reader: a polite live region, in its own `<dossier-live>` element (a closed shadow
 * root, visually hidden, ignored by the text collector), added to the page on the first announcement only — a
 * reader who never uses Dossier's keys leaves the page's DOM untouched.
 */
import { LIVE_HOST_TAG } from '../../core/dom/skip-rules';

const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'left: 0',
  'top: 0',
  'width: 1px',
  'height: 1px',
  'overflow: hidden',
  'clip-path: inset(50%)',
  'white-space: nowrap',
  'pointer-events: none',
]
  .map((d) => `${d} !important;`)
  .join(' ');

export interface Announcer {
  /** Says `text` once, politely (after what the screen reader is saying); the same text twice is said twice. */
  say(text: string): void;
  stop(): void;
}

export function createAnnouncer(doc: Document, lang: () => string): Announcer {
  let host: HTMLElement | null = null;
  let region: HTMLElement | null = null;
  let pending = 0;

  function mount(): HTMLElement {
    host = doc.createElement(LIVE_HOST_TAG);
    host.setAttribute('style', HOST_STYLE);
    const root = host.attachShadow({ mode: 'closed' });
    region = doc.createElement('div');
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    region.lang = lang();
    root.append(region);
    doc.documentElement.append(host);
    return region;
  }

  return {
    say(text) {
      const into = region?.isConnected ? region : mount();
      // Emptied first, then filled a moment later: a live region announces changes, so a repeat must change it.
      into.textContent = '';
      clearTimeout(pending);
      pending = window.setTimeout(() => (into.textContent = text), 60);
    },
    stop() {
      clearTimeout(pending);
      host?.remove();
      host = region = null;
    },
  };
}
