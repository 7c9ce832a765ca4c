/**
 * The messages between Dossier's contexts, with a validator for each, since every message is checked for
 * shape (and, by the receiver, for sender) before it is used.
 *
 * content → background: `page-state` (what the page holds, for the popup and the badge), `get-card`.
 * popup → content (tabs.sendMessage): `get-page-state`, `show-mention`.
 */
import type { EntityType } from '../kb/schema';

export type Verdict = 'agrees' | 'differs' | 'unknown';

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
  isArticle: boolean;
  /** Whether highlights are on for this page (site switch and global switch). */
  enabled: boolean;
  headline: string | null;
  published: string | null;
  actors: PageActor[];
  figures: PageFigure[];
}

export type ContentToBackground =
  | { type: 'page-state'; state: PageState }
  | { type: 'get-card'; entity: string };

export type PopupToContent =
  | { type: 'get-page-state' }
  | { type: 'show-mention'; entity?: string; figure?: number };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) && v.length < 200;
const isOptionalString = (v: unknown): boolean => v === null || typeof v === 'string';

function isPageState(v: unknown): v is PageState {
  if (!isRecord(v)) return false;
  return (
    typeof v['url'] === 'string' &&
    typeof v['isArticle'] === 'boolean' &&
    typeof v['enabled'] === 'boolean' &&
    isOptionalString(v['headline']) &&
    isOptionalString(v['published']) &&
    Array.isArray(v['actors']) &&
    v['actors'].length <= 5000 &&
    v['actors'].every((a) => isRecord(a) && isId(a['id']) && typeof a['type'] === 'string' && typeof a['count'] === 'number') &&
    Array.isArray(v['figures']) &&
    v['figures'].length <= 5000 &&
    v['figures'].every((f) => isRecord(f) && typeof f['text'] === 'string' && typeof f['verdict'] === 'string')
  );
}

export function parseContentMessage(v: unknown): ContentToBackground | null {
  if (!isRecord(v)) return null;
  if (v['type'] === 'page-state' && isPageState(v['state'])) return { type: 'page-state', state: v['state'] };
  if (v['type'] === 'get-card' && isId(v['entity'])) return { type: 'get-card', entity: v['entity'] };
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
