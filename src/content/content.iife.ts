/**
 * Dossier's content script: on an article page of an enabled site, highlights the actors and figures the
 * knowledge base knows, and answers the fact panel. Stays silent everywhere else.
 */
import browser from 'webextension-polyfill';
import { CATEGORIES, type Category } from '../shared/categories';
import { parsePopupMessage, type ContentToBackground } from '../shared/messages';
import { isSiteEnabled, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { createHighlighter } from './highlighter';
import { measure, pageState, scanPage, type PageScan } from './page-scan';

const highlighter = createHighlighter(document);
let scan: PageScan | null = null;
let settings: Settings | null = null;

function enabledHere(): boolean {
  return settings !== null && isSiteEnabled(settings, location.hostname);
}

function visibleCategories(): Set<Category> {
  return new Set(CATEGORIES.filter((c) => settings?.categories[c] !== false));
}

function draw(): void {
  highlighter.clear();
  if (!scan || !enabledHere()) return;
  measure('dossier:highlight', () => {
    for (const m of scan!.mentions) highlighter.add(m.category, m.range);
    highlighter.setVisible(visibleCategories());
  });
  performance.mark('dossier:ready');
}

function report(): void {
  const message: ContentToBackground = { type: 'page-state', state: pageState(document, scan, enabledHere()) };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

function showMention(target: { entity?: string; figure?: number }): boolean {
  const mentions = scan?.mentions ?? [];
  const figures = mentions.filter((m) => m.annotation.kind === 'figure');
  const mention =
    target.figure !== undefined
      ? figures[target.figure]
      : mentions.find((m) => m.annotation.kind === 'actor' && m.annotation.entity === target.entity);
  if (!mention) return false;
  const el = mention.range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  return true;
}

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parsePopupMessage(raw);
  if (!message) return undefined;
  if (message.type === 'get-page-state') return Promise.resolve(pageState(document, scan, enabledHere()));
  return Promise.resolve(showMention(message));
});

async function start(): Promise<void> {
  settings = await loadSettings();
  if (enabledHere()) {
    scan = scanPage(document);
    draw();
  }
  report();
  onSettingsChanged((next) => {
    settings = next;
    if (enabledHere() && !scan) scan = scanPage(document);
    draw();
    report();
  });
}

void start();
