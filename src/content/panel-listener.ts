/**
 * The first script's answers to the fact panel (and to the background, which asks whether Dossier runs in a tab): a
 * handler for every message of `ContentScriptRequests`, called only for a message from Dossier itself, in the tab's
 * top frame, in a shape the panel sends (`parsePopupMessage`); anything else gets no answer.
 */
import { dispatch, type Handlers } from '../shared/message-map';
import { parsePopupMessage, type ContentScriptRequests } from '../shared/messages';
import type { MessageSender } from './extension-api';

export type PanelHandlers = Handlers<ContentScriptRequests, void>;

export function panelListener(
  handlers: PanelHandlers,
  here: { extensionId(): string | undefined; topFrame: boolean },
): (raw: unknown, sender: MessageSender) => Promise<unknown> | undefined {
  return (raw, sender) => {
    // The fact panel talks to the page in the tab's top frame.
    if (sender.id !== here.extensionId() || !here.topFrame) return undefined;
    const message = parsePopupMessage(raw);
    return message ? dispatch(handlers, message, undefined) : undefined;
  };
}
