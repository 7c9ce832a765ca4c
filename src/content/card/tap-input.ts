/**
 * Touch: a tap on a highlight opens its card. A scroll, a pinch, a long press or a selection opens nothing (see
 * `tap.ts`), and a highlight inside a link or a button leaves the tap to the page.
 */
import type { CardInputContext } from './card-inputs';
import type { Input } from './listeners';
import type { Mention } from '../mentions/mentions';
import { createTapTracker } from './tap';

/** Links, buttons and form controls keep their taps: a highlight inside one opens no card on touch. */
const CONTROLS =
  'a[href], button, [role="button"], [role="link"], input, select, textarea, label, summary, [contenteditable]';

function insideControl(mention: Mention): boolean {
  const node = mention.range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest(CONTROLS) != null;
}

export function tapInput({ host, controller, hit, doc }: CardInputContext): Input {
  const taps = createTapTracker();
  const onPointerDown = (e: PointerEvent): void => taps.down(e);
  const onTouchMove = (e: PointerEvent): void => {
    if (e.pointerType === 'touch') taps.move(e);
  };
  const onPointerUp = (e: PointerEvent): void => {
    const tap = taps.up(e);
    if (!tap || host.isCard(e.target) || !(doc.getSelection()?.isCollapsed ?? true)) return;
    const target = hit(tap.x, tap.y);
    if (!target || insideControl(target.mention)) return;
    controller.open(target);
  };
  const onPointerCancel = (e: PointerEvent): void => taps.cancel(e);
  return {
    listeners: [
      [doc, 'pointerdown', onPointerDown as EventListener, { capture: true, passive: true }],
      [doc, 'pointermove', onTouchMove as EventListener, { capture: true, passive: true }],
      [doc, 'pointerup', onPointerUp as EventListener, { capture: true, passive: true }],
      [doc, 'pointercancel', onPointerCancel as EventListener, { capture: true, passive: true }],
    ],
    stop: () => undefined,
  };
}
