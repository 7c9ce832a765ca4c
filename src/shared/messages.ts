/**
 * The messages between Dossier's contexts: one request/reply map per receiver (see `message-map.ts`), and a
 * validator for each sender, since every message is checked for shape (and, by the receiver, for sender) before its
 * handler is called.
 *
 * content → background (`ContentToBackgroundRequests`): `page-state` (what the page holds, for the popup and the
 * badge; from the tab's top frame only), `load-reader` (inject the reader into the sender's tab and frame, once the
 * first script finds the page may be an article), `get-index` (the knowledge base's packed index, once a page is an
 * article), `get-card`, `get-fact`, `get-event` (what a hover card shows), `open-panel` (the card's "Open in fact
 * panel").
 * popup → background (`PanelToBackgroundRequests`): `annotate-once` (run Dossier once in a tab, through `activeTab`).
 * popup → content script in a tab's top frame (`ContentScriptRequests`, through `tabs.sendMessage`; the background
 * asks it too, to know whether Dossier already runs in a tab): `get-page-state`, `show-mention`.
 */
import type { EntityCard, EventCard, FigureCardFact } from '../kb/query/card-data';
import { ENTITY_TYPES, type EntityType } from '../kb/schema';
import { isRuntimeKey } from '../kb/runtime-keys';
import type { AnyRequest, NoFields } from './message-map';

/** `self`: the only facts that would agree cite the page itself (see `core/link/own-source.ts`). */
export type Verdict = 'agrees' | 'varies' | 'differs' | 'self' | 'unknown';

export interface PageActor {
  id: string;
  type: EntityType;
  count: number;
}

export interface PageFigure {
  /** Index of the figure on the page, in reading order. */
  index: number;
  text: string;
  verdict: Verdict;
  fact?: string;
  event?: string;
  /** The date a date figure resolves to (YYYY-MM-DD). */
  iso?: string;
  kbValue?: number;
}

export interface PageState {
  url: string;
  /** Whether Dossier is still detecting or reading the page (what follows is not final). */
  reading: boolean;
  isArticle: boolean;
  /** Whether highlights are on for this page (site switch and global switch). */
  enabled: boolean;
  headline: string | null;
  published: string | null;
  actors: PageActor[];
  figures: PageFigure[];
}

/** What content scripts (the first script and the reader, in any frame of a web page) ask the background. */
export interface ContentToBackgroundRequests {
  /** What the page holds; the background keeps it for the popup and shows it on the badge. */
  'page-state': { request: { state: PageState }; reply: void };
  /** Injects the reader into the sender's tab and frame; false if the browser refused. */
  'load-reader': { request: NoFields; reply: boolean };
  /** The knowledge base's runtime index, packed, as a JSON string. */
  'get-index': { request: NoFields; reply: string };
  /** An entity's card, its facts ordered by closeness to the tab's article's publication day. */
  'get-card': { request: { entity: string }; reply: EntityCard | null };
  /** A figure's fact (by id or runtime key), saying whether it rests only on the page the tab shows. */
  'get-fact': { request: { fact: string }; reply: FigureCardFact | null };
  /** A timeline event (by id or runtime key). */
  'get-event': { request: { event: string }; reply: EventCard | null };
  /** A hover card's "Open in fact panel", at an entity if given. */
  'open-panel': { request: { entity?: string }; reply: boolean };
}

/** What the extension's pages (the fact panel) ask the background. */
export interface PanelToBackgroundRequests {
  /** Runs Dossier once in a tab; false if the browser refused. */
  'annotate-once': { request: { tabId: number }; reply: boolean };
}

/** Every message the background answers, by sender: content scripts and the extension's pages. */
export type BackgroundRequests = ContentToBackgroundRequests & PanelToBackgroundRequests;

/** What the fact panel (and the background) ask the content script in a tab's top frame. */
export interface ContentScriptRequests {
  /** What the page holds. */
  'get-page-state': { request: NoFields; reply: PageState };
  /** Shows the next mention of an entity (or a figure, by its index) in the page; false when the page has none. */
  'show-mention': { request: { entity?: string; figure?: number }; reply: boolean };
}

export type ContentToBackground = AnyRequest<ContentToBackgroundRequests>;
export type PopupToBackground = AnyRequest<PanelToBackgroundRequests>;
export type PopupToContent = AnyRequest<ContentScriptRequests>;

/** Where the background keeps a tab's last reported state (`storage.session`), which the popup watches. */
export const TAB_STATE_PREFIX = 'tab:';
export const tabStateKey = (tabId: number): string => `${TAB_STATE_PREFIX}${tabId}`;

/** Who sent a message, as the runtime describes it (`runtime.MessageSender`). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * What kind of context sent a message: one of the extension's own pages (popup, options), its content script in
 * the top frame of a web page (`content`), or in a frame inside it (`content-frame`: an enabled site's article shown
 * in a frame, whose cards need the background, while the tab's page state is its top frame's). Anything else
 * (another extension, an unknown page) is null.
 */
export function senderKind(
  sender: SenderInfo,
  self: { id: string; baseUrl: string },
): 'extension-page' | 'content' | 'content-frame' | null {
  if (sender.id !== self.id || !sender.url) return null;
  if (sender.url.startsWith(self.baseUrl)) return 'extension-page';
  const isWeb = /^https?:\/\//.test(sender.url);
  if (!isWeb || sender.tab?.id === undefined || sender.frameId === undefined || sender.frameId < 0) return null;
  return sender.frameId === 0 ? 'content' : 'content-frame';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) && v.length < 200;
/** Facts and timeline events reach the background by runtime key (`#f12`) or by id. */
const isFactRef = (v: unknown): v is string => isId(v) || isRuntimeKey(v);
const isOptionalString = (v: unknown): boolean => v === null || typeof v === 'string';

const VERDICTS: readonly string[] = ['agrees', 'varies', 'differs', 'self', 'unknown'] satisfies Verdict[];
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isOptional = (v: unknown, check: (x: unknown) => boolean): boolean => v === undefined || check(v);
const MAX_ITEMS = 5000;

function isPageActor(a: unknown): a is PageActor {
  return (
    isRecord(a) && isId(a['id']) && (ENTITY_TYPES as readonly unknown[]).includes(a['type']) && isCount(a['count'])
  );
}

function isPageFigure(f: unknown): f is PageFigure {
  return (
    isRecord(f) &&
    isCount(f['index']) &&
    typeof f['text'] === 'string' &&
    VERDICTS.includes(f['verdict'] as string) &&
    isOptional(f['fact'], isFactRef) &&
    isOptional(f['event'], isFactRef) &&
    isOptional(f['iso'], (x) => typeof x === 'string') &&
    isOptional(f['kbValue'], (x) => typeof x === 'number' && Number.isFinite(x))
  );
}

function isPageState(v: unknown): v is PageState {
  if (!isRecord(v)) return false;
  return (
    typeof v['url'] === 'string' &&
    typeof v['reading'] === 'boolean' &&
    typeof v['isArticle'] === 'boolean' &&
    typeof v['enabled'] === 'boolean' &&
    isOptionalString(v['headline']) &&
    isOptionalString(v['published']) &&
    Array.isArray(v['actors']) &&
    v['actors'].length <= MAX_ITEMS &&
    v['actors'].every(isPageActor) &&
    Array.isArray(v['figures']) &&
    v['figures'].length <= MAX_ITEMS &&
    v['figures'].every(isPageFigure)
  );
}

/** A page state as the popup receives it from a content script (the same shape the background accepts). */
export function parsePageState(v: unknown): PageState | null {
  return isPageState(v) ? v : null;
}

export function parseContentMessage(v: unknown): ContentToBackground | null {
  if (!isRecord(v)) return null;
  if (v['type'] === 'page-state' && isPageState(v['state'])) return { type: 'page-state', state: v['state'] };
  if (v['type'] === 'get-card' && isId(v['entity'])) return { type: 'get-card', entity: v['entity'] };
  if (v['type'] === 'get-fact' && isFactRef(v['fact'])) return { type: 'get-fact', fact: v['fact'] };
  if (v['type'] === 'get-event' && isFactRef(v['event'])) return { type: 'get-event', event: v['event'] };
  if (v['type'] === 'load-reader') return { type: 'load-reader' };
  if (v['type'] === 'get-index') return { type: 'get-index' };
  if (v['type'] === 'open-panel' && isOptional(v['entity'], isId)) {
    return { type: 'open-panel', ...(typeof v['entity'] === 'string' ? { entity: v['entity'] } : {}) };
  }
  return null;
}

const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function parsePopupToBackground(v: unknown): PopupToBackground | null {
  if (!isRecord(v)) return null;
  if (v['type'] === 'annotate-once' && isTabId(v['tabId'])) return { type: 'annotate-once', tabId: v['tabId'] };
  return null;
}

export function parsePopupMessage(v: unknown): PopupToContent | null {
  if (!isRecord(v)) return null;
  if (v['type'] === 'get-page-state') return { type: 'get-page-state' };
  if (v['type'] === 'show-mention') {
    const entity = v['entity'];
    const figure = v['figure'];
    if (entity !== undefined && !isId(entity)) return null;
    if (figure !== undefined && !(typeof figure === 'number' && Number.isInteger(figure))) return null;
    return { type: 'show-mention', ...(entity ? { entity } : {}), ...(figure !== undefined ? { figure } : {}) };
  }
  return null;
}
