/**
 * When a card opens and closes, after Wikipedia's Page Previews: the pointer must dwell on a mention (`delay`)
 * before its card is fetched and shown, so a quick pass opens nothing; once open, the card stays while the pointer
 * is on the mention or in the card, and closes after a grace period (`GRACE_MS`) once it is on neither, so crossing
 * from one line of a mention to the next, or into the card, never makes it flicker. Every request carries a token:
 * a late answer for a mention the pointer has left never opens a card.
 * A card opened from the keyboard ignores the pointer leaving; Esc dismisses any card without moving the pointer,
 * and a dismissed mention does not reopen until the pointer leaves it.
 */
import type { Box } from './placement';

export const GRACE_MS = 300;

export interface Target<M> {
  mention: M;
  line: Box;
}

export interface CardControllerDeps<M, C> {
  /** The dwell delay, in milliseconds (read at each dwell: settings may change). */
  delay(): number;
  load(mention: M): Promise<C | null>;
  show(target: Target<M>, content: C, focus: boolean): void;
  hide(): void;
}

export interface CardController<M> {
  /** Where the pointer is: on a mention (or on no mention), or over the card. */
  pointer(target: Target<M> | null, overCard: boolean): void;
  /** Opens the mention's card at once (keyboard), moving focus into it. */
  open(target: Target<M>): void;
  /** Esc: closes the card (or cancels one about to open); returns whether a card was shown. */
  dismiss(): boolean;
  close(): void;
  /** The mention whose card is open or about to open. */
  readonly current: M | null;
}

type Phase = 'idle' | 'dwell' | 'loading' | 'open';

export function createCardController<M, C>(deps: CardControllerDeps<M, C>): CardController<M> {
  let phase: Phase = 'idle';
  let target: Target<M> | null = null;
  let keyboard = false;
  let dismissed: M | null = null;
  let token = 0;
  let dwell: ReturnType<typeof setTimeout> | undefined;
  let grace: ReturnType<typeof setTimeout> | undefined;

  const cancelGrace = (): void => {
    clearTimeout(grace);
    grace = undefined;
  };

  const reset = (): void => {
    clearTimeout(dwell);
    cancelGrace();
    token++;
    if (phase === 'open') deps.hide();
    phase = 'idle';
    target = null;
    keyboard = false;
  };

  const fetchAndShow = (focus: boolean): void => {
    const wanted = target;
    if (!wanted) return;
    phase = 'loading';
    const ticket = ++token;
    void deps.load(wanted.mention).then(
      (content) => {
        if (ticket !== token || phase !== 'loading') return;
        if (content === null) return reset();
        phase = 'open';
        deps.show(target ?? wanted, content, focus);
      },
      () => {
        if (ticket === token) reset();
      },
    );
  };

  return {
    get current() {
      return target?.mention ?? null;
    },
    pointer(next, overCard) {
      if (overCard) {
        if (phase === 'loading' || phase === 'open') cancelGrace();
        return;
      }
      const mention = next?.mention ?? null;
      if (mention !== dismissed) dismissed = null;
      if (next === null || mention === dismissed) {
        if (phase === 'dwell') reset();
        else if ((phase === 'loading' || phase === 'open') && !keyboard && grace === undefined) {
          grace = setTimeout(reset, GRACE_MS);
        }
        return;
      }
      if (target && mention === target.mention) {
        cancelGrace();
        if (phase === 'dwell' || phase === 'loading') target = next;
        return;
      }
      reset();
      target = next;
      phase = 'dwell';
      dwell = setTimeout(() => fetchAndShow(false), deps.delay());
    },
    open(next) {
      reset();
      target = next;
      keyboard = true;
      fetchAndShow(true);
    },
    dismiss() {
      const shown = phase === 'open';
      if (phase !== 'idle') dismissed = keyboard ? null : (target?.mention ?? null);
      reset();
      return shown;
    },
    close: reset,
  };
}
