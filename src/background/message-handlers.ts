/**
 * What the background answers: one handler for every message of its maps (`shared/messages.ts`), typed by them, and
 * the listener that checks each message for sender and shape before calling the handler of its type. The handlers'
 * effects (storage, scripting, tabs) come in as `BackgroundDeps`, from `service-worker.ts`.
 */
import { restsOnPage } from '../core/link/own-source';
import type { KbLookup } from '../kb/query/card-data';
import { dispatch, type Handlers } from '../shared/message-map';
import {
  parseContentMessage,
  parsePopupToBackground,
  senderKind,
  type ContentToBackgroundRequests,
  type PageState,
  type PanelToBackgroundRequests,
  type SenderInfo,
} from '../shared/messages';

/** The tab and frame a content script's message comes from (0: the tab's top frame). */
export interface ContentFrame {
  tabId: number;
  frameId: number;
}

/** The background's handler table: content scripts' messages with their frame, the extension pages' without. */
export type BackgroundHandlers = Handlers<ContentToBackgroundRequests, ContentFrame> &
  Handlers<PanelToBackgroundRequests, void>;

export interface BackgroundDeps {
  kb: KbLookup;
  /** The knowledge base's runtime index, packed. */
  packedIndex: string;
  /** A tab's last reported state, if any. */
  readTabState(tabId: number): Promise<PageState | undefined>;
  /** Keeps a tab's reported state (for the popup) and shows it on the badge. */
  storeTabState(tabId: number, state: PageState): Promise<void>;
  /** Injects the reader into one frame of a tab; false if the browser refused. */
  injectReader(tabId: number, frameId: number): Promise<boolean>;
  /** Opens the fact panel for a tab, at an entity if given. */
  openPanel(tabId: number, entity: string | undefined): Promise<boolean>;
  /** Runs Dossier in a tab now, unless it already runs there. */
  injectInto(tabId: number): Promise<void>;
}

export function createBackgroundHandlers(deps: BackgroundDeps): BackgroundHandlers {
  const { kb } = deps;
  return {
    'page-state': ({ state }, { tabId }) => deps.storeTabState(tabId, state),
    'load-reader': (_request, { tabId, frameId }) => deps.injectReader(tabId, frameId),
    'get-index': () => Promise.resolve(deps.packedIndex),
    'get-card': async ({ entity }, { tabId }) =>
      kb.card(entity, undefined, (await deps.readTabState(tabId))?.published),
    // A figure's fact for its card, saying whether it rests only on the page the tab shows.
    'get-fact': async ({ fact: key }, { tabId }) => {
      const fact = kb.fact(key);
      if (!fact) return null;
      const state = await deps.readTabState(tabId);
      return { ...fact, fromThisPage: state !== undefined && restsOnPage(fact.sources, state) };
    },
    'get-event': ({ event }) => Promise.resolve(kb.event(event)),
    'open-panel': ({ entity }, { tabId }) => deps.openPanel(tabId, entity),
    'annotate-once': ({ tabId }) =>
      deps.injectInto(tabId).then(
        () => true,
        () => false,
      ),
  };
}

/**
 * The background's message listener: a message is answered only from Dossier's own contexts (`senderKind`), only in a
 * shape its sender may send (the validators of `shared/messages.ts`), and a tab's state only from the tab's top frame
 * (a frame's script has no say in it). Anything refused gets no answer (undefined).
 */
export function backgroundListener(
  self: { id: string; baseUrl: string },
  handlers: BackgroundHandlers,
): (raw: unknown, sender: SenderInfo) => Promise<unknown> | undefined {
  const fromContent: Handlers<ContentToBackgroundRequests, ContentFrame> = handlers;
  const fromPanel: Handlers<PanelToBackgroundRequests, void> = handlers;
  return (raw, sender) => {
    const kind = senderKind(sender, self);
    if (kind === 'extension-page') {
      const message = parsePopupToBackground(raw);
      return message ? dispatch(fromPanel, message, undefined) : undefined;
    }
    if (kind !== 'content' && kind !== 'content-frame') return undefined;
    const message = parseContentMessage(raw);
    const tabId = sender.tab?.id;
    const frameId = sender.frameId;
    if (!message || tabId === undefined || frameId === undefined) return undefined;
    if (message.type === 'page-state' && frameId !== 0) return undefined;
    return dispatch(fromContent, message, { tabId, frameId });
  };
}
