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

class HoverCardController<M, C> implements CardController<M> {
  private phase: Phase = 'idle';
  private target: Target<M> | null = null;
  /** Whether the card was opened from the keyboard (it ignores the pointer leaving). */
  private keyboard = false;
  /** The mention whose card was dismissed with Esc: it does not reopen until the pointer leaves it. */
  private dismissed: M | null = null;
  /** Tells a late answer from the one awaited: each request and each reset moves it on. */
  private token = 0;
  private dwell: ReturnType<typeof setTimeout> | undefined;
  private grace: ReturnType<typeof setTimeout> | undefined;
  private readonly deps: CardControllerDeps<M, C>;

  constructor(deps: CardControllerDeps<M, C>) {
    this.deps = deps;
  }

  get current(): M | null {
    return this.target?.mention ?? null;
  }

  pointer(next: Target<M> | null, overCard: boolean): void {
    if (overCard) {
      if (this.phase === 'loading' || this.phase === 'open') this.cancelGrace();
      return;
    }
    const mention = next?.mention ?? null;
    if (mention !== this.dismissed) this.dismissed = null;
    if (next === null || mention === this.dismissed) this.pointerOff();
    else if (this.target && mention === this.target.mention) this.pointerStays(next);
    else this.startDwell(next);
  }

  open(next: Target<M>): void {
    this.close();
    this.target = next;
    this.keyboard = true;
    this.fetchAndShow(true);
  }

  dismiss(): boolean {
    const shown = this.phase === 'open';
    if (this.phase !== 'idle') this.dismissed = this.keyboard ? null : (this.target?.mention ?? null);
    this.close();
    return shown;
  }

  close(): void {
    clearTimeout(this.dwell);
    this.cancelGrace();
    this.token++;
    if (this.phase === 'open') this.deps.hide();
    this.phase = 'idle';
    this.target = null;
    this.keyboard = false;
  }

  /** The pointer is on no mention (or on a dismissed one): a dwell stops, a card closes after the grace period. */
  private pointerOff(): void {
    if (this.phase === 'dwell') this.close();
    else if ((this.phase === 'loading' || this.phase === 'open') && !this.keyboard && this.grace === undefined) {
      this.grace = setTimeout(() => this.close(), GRACE_MS);
    }
  }

  /** The pointer is still on the mention (maybe another of its lines, which the card is placed against). */
  private pointerStays(next: Target<M>): void {
    this.cancelGrace();
    if (this.phase === 'dwell' || this.phase === 'loading') this.target = next;
  }

  /** The pointer came onto another mention: its card is fetched once the pointer has dwelt there. */
  private startDwell(next: Target<M>): void {
    this.close();
    this.target = next;
    this.phase = 'dwell';
    this.dwell = setTimeout(() => this.fetchAndShow(false), this.deps.delay());
  }

  private cancelGrace(): void {
    clearTimeout(this.grace);
    this.grace = undefined;
  }

  private fetchAndShow(focus: boolean): void {
    const wanted = this.target;
    if (!wanted) return;
    this.phase = 'loading';
    const ticket = ++this.token;
    void this.deps.load(wanted.mention).then(
      (content) => {
        if (ticket !== this.token || this.phase !== 'loading') return;
        if (content === null) return this.close();
        this.phase = 'open';
        this.deps.show(this.target ?? wanted, content, focus);
      },
      () => {
        if (ticket === this.token) this.close();
      },
    );
  }
}

export function createCardController<M, C>(deps: CardControllerDeps<M, C>): CardController<M> {
  return new HoverCardController(deps);
}
