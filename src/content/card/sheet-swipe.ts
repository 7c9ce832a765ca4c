/**
 * A phone's card sheet follows a finger dragging it down, and a long or quick enough drag dismisses it (the gesture
 * itself is read by `swipe.ts`). A drag counts only from a sheet scrolled to its top, with one finger.
 */
import { startSwipe, type Swipe } from './swipe';

/**
 * Listens to touches on `frame`, the element the card is rendered into (a sheet while its class is `sheet`).
 * @param card the card element, whose position follows the finger
 */
export function followSheetSwipes(frame: HTMLElement, card: () => HTMLElement | null, onDismiss: () => void): void {
  let swipe: Swipe | null = null;
  const onTouchStart = (e: TouchEvent): void => {
    const el = card();
    const finger = e.touches[0];
    swipe =
      frame.className === 'sheet' && el && el.scrollTop <= 0 && e.touches.length === 1 && finger
        ? startSwipe({ y: finger.clientY, t: e.timeStamp })
        : null;
  };
  const onTouchMove = (e: TouchEvent): void => {
    const finger = e.touches[0];
    const el = card();
    if (!swipe || !finger || !el) return;
    const offset = swipe.move({ y: finger.clientY, t: e.timeStamp });
    el.style.transform = offset > 0 ? `translateY(${offset}px)` : '';
  };
  const onTouchEnd = (e: TouchEvent): void => {
    const finger = e.changedTouches[0];
    const dismissed = swipe !== null && finger !== undefined && swipe.end({ y: finger.clientY, t: e.timeStamp });
    swipe = null;
    const el = card();
    if (el) el.style.transform = '';
    if (dismissed) onDismiss();
  };
  frame.addEventListener('touchstart', onTouchStart, { passive: true });
  frame.addEventListener('touchmove', onTouchMove, { passive: true });
  frame.addEventListener('touchend', onTouchEnd, { passive: true });
  frame.addEventListener('touchcancel', onTouchEnd, { passive: true });
}
