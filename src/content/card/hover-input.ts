/**
 * A mouse or pen on the page: follows the pointer (one hit test per frame at most) for the card controller, which
 * decides when a card opens and closes; a press elsewhere than the open card's mention, or focus moving out of the
 * card, closes it. Touch is left to `tap-input.ts`.
 */
import type { CardInputContext } from './card-inputs';
import type { Input } from './listeners';

export function hoverInput({ host, controller, hit, doc }: CardInputContext): Input {
  let frame = 0;
  let lastMove: PointerEvent | null = null;
  const probe = (): void => {
    frame = 0;
    const e = lastMove;
    if (!e) return;
    if (host.isCard(e.target)) controller.pointer(null, true);
    else controller.pointer(hit(e.clientX, e.clientY), false);
  };
  const onPointerMove = (e: PointerEvent): void => {
    if (e.pointerType === 'touch') return;
    lastMove = e;
    if (!frame) frame = requestAnimationFrame(probe);
  };
  const onPointerOut = (e: PointerEvent): void => {
    if (e.relatedTarget === null) controller.pointer(null, false);
  };
  const onPointerDown = (e: PointerEvent): void => {
    if (!host.isOpen || host.isCard(e.target)) return;
    if (hit(e.clientX, e.clientY)?.mention !== controller.current) controller.close();
  };
  const onFocusIn = (e: FocusEvent): void => {
    if (host.isOpen && !host.isCard(e.target)) controller.close();
  };
  return {
    listeners: [
      [doc, 'pointermove', onPointerMove as EventListener, { capture: true, passive: true }],
      [doc, 'pointerout', onPointerOut as EventListener, { capture: true, passive: true }],
      [doc, 'pointerdown', onPointerDown as EventListener, { capture: true, passive: true }],
      [doc, 'focusin', onFocusIn as EventListener, { capture: true }],
    ],
    stop: () => cancelAnimationFrame(frame),
  };
}
