/**
 * Dossier's keys on a page (`mentions/keyboard.ts`): Esc dismisses the card; Alt+Shift+D opens the card of the
 * mention at the selection; Alt+Shift+. and Alt+Shift+, select the next and previous mention, which is told to
 * screen readers: "Florence Parly, Person, 2 of 27".
 */
import type { Translate } from '../../shared/i18n';
import { createAnnouncer } from '../mentions/announcer';
import { firstLine } from '../mentions/hit-test';
import { isEditable, keyCommand } from '../mentions/keyboard';
import type { MentionIndex } from '../mentions/mention-index';
import { mentionLabel } from '../mentions/mention-label';
import type { Mention } from '../mentions/mentions';
import type { CardInputContext } from './card-inputs';
import type { Input } from './listeners';

export interface KeyInputDeps {
  index: MentionIndex;
  /** Whether the mention's category is drawn (the keys skip hidden ones). */
  visible(mention: Mention): boolean;
  t: Translate;
  /** The reader's locale (BCP 47), the language of what is announced. */
  locale: () => string;
}

function reducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The selection's anchor, or the start (or end) of the page when nothing is selected. */
function selectionPoint(doc: Document, direction: 1 | -1): { node: Node; offset: number } {
  const selection = doc.getSelection();
  if (selection?.anchorNode && selection.rangeCount > 0)
    return { node: selection.anchorNode, offset: selection.anchorOffset };
  const body = doc.body ?? doc.documentElement;
  return { node: body, offset: direction === 1 ? 0 : body.childNodes.length };
}

export function keyInput({ doc, host, controller }: CardInputContext, deps: KeyInputDeps): Input {
  const announcer = createAnnouncer(doc, deps.locale);

  /** Selects the next (or previous) visible mention, scrolls it into view and announces it. */
  const step = (direction: 1 | -1): void => {
    const { node, offset } = selectionPoint(doc, direction);
    const mention = deps.index.step(node, offset, direction, deps.visible);
    if (!mention) return;
    controller.close();
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(mention.range.cloneRange());
    mention.range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      behavior: reducedMotion() ? 'auto' : 'smooth',
    });
    announcer.say(mentionLabel(mention, deps.index.placeOf(mention, deps.visible), deps.t));
  };

  const openAtSelection = (): void => {
    const selection = doc.getSelection();
    if (!selection?.anchorNode) return;
    const mention = deps.index.at(selection.anchorNode, selection.anchorOffset);
    const line = mention && deps.visible(mention) ? firstLine(mention.range) : null;
    if (mention && line) controller.open({ mention, line });
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      if (controller.dismiss()) {
        e.preventDefault();
        e.stopPropagation();
      }
      return;
    }
    const command = keyCommand(e);
    if (!command || (isEditable(e.target) && !host.isCard(e.target))) return;
    e.preventDefault();
    e.stopPropagation();
    if (command === 'open') openAtSelection();
    else step(command === 'next' ? 1 : -1);
  };

  return {
    listeners: [[doc, 'keydown', onKeyDown as EventListener, { capture: true }]],
    stop: () => announcer.stop(),
  };
}
