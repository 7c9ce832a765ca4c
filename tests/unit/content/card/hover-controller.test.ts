/**
 * When cards open and close (Page Previews timing): dwell before opening, a quick pass opens nothing, a grace
 * period before closing, no flicker between the lines of one mention, a stale answer never opens a card, Esc.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardController, GRACE_MS, type Target } from '../../../../src/content/card/hover-controller';

const DELAY = 300;
const line = { left: 0, top: 0, right: 10, bottom: 10 };
const on = (mention: string): Target<string> => ({ mention, line });

function setup(answer: (mention: string) => Promise<string | null> = async (m) => `card of ${m}`) {
  const shown: string[] = [];
  const log: string[] = [];
  const load = vi.fn(answer);
  const controller = createCardController<string, string>({
    delay: () => DELAY,
    load,
    show: (target, content, focus) => {
      shown.push(content);
      log.push(`show ${target.mention}${focus ? ' (focus)' : ''}`);
    },
    hide: () => log.push('hide'),
  });
  return { controller, load, shown, log };
}

/** Lets timers and the answers they start settle. */
async function wait(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

describe('card controller', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens a card after the dwell, not before', async () => {
    const { controller, log, load } = setup();
    controller.pointer(on('parly'), false);
    await wait(DELAY - 10);
    expect(load).not.toHaveBeenCalled();
    await wait(20);
    expect(log).toEqual(['show parly']);
    expect(controller.current).toBe('parly');
  });

  it('opens nothing on a quick pass', async () => {
    const { controller, log, load } = setup();
    controller.pointer(on('parly'), false);
    await wait(DELAY / 2);
    controller.pointer(null, false);
    await wait(DELAY * 3);
    expect(load).not.toHaveBeenCalled();
    expect(log).toEqual([]);
  });

  it('keeps the card through the grace period and when the pointer moves into it', async () => {
    const { controller, log } = setup();
    controller.pointer(on('parly'), false);
    await wait(DELAY + 10);
    controller.pointer(null, false);
    await wait(GRACE_MS - 50);
    controller.pointer(null, true);
    await wait(GRACE_MS * 3);
    expect(log).toEqual(['show parly']);
    controller.pointer(null, false);
    await wait(GRACE_MS + 10);
    expect(log).toEqual(['show parly', 'hide']);
    expect(controller.current).toBeNull();
  });

  it('does not flicker when the pointer crosses between the lines of one mention', async () => {
    const { controller, log } = setup();
    controller.pointer(on('parly'), false);
    await wait(DELAY + 10);
    for (let i = 0; i < 5; i++) {
      controller.pointer(null, false);
      await wait(40);
      controller.pointer({ mention: 'parly', line: { ...line, top: 20, bottom: 30 } }, false);
      await wait(40);
    }
    await wait(GRACE_MS * 2);
    expect(log).toEqual(['show parly']);
  });

  it('never opens the card of a mention the pointer has left when a late answer comes', async () => {
    let resolveFirst: (v: string) => void = () => undefined;
    const { controller, log } = setup((m) =>
      m === 'parly' ? new Promise<string>((r) => (resolveFirst = r)) : Promise.resolve(`card of ${m}`),
    );
    controller.pointer(on('parly'), false);
    await wait(DELAY + 10);
    controller.pointer(on('nato'), false);
    await wait(DELAY + 10);
    resolveFirst('card of parly');
    await wait(10);
    expect(log).toEqual(['show nato']);
  });

  it('switches straight to another mention’s dwell', async () => {
    const { controller, log } = setup();
    controller.pointer(on('parly'), false);
    await wait(DELAY + 10);
    controller.pointer(on('nato'), false);
    expect(log).toEqual(['show parly', 'hide']);
    await wait(DELAY + 10);
    expect(log).toEqual(['show parly', 'hide', 'show nato']);
  });

  it('shows nothing when the knowledge base has nothing', async () => {
    const { controller, log } = setup(async () => null);
    controller.pointer(on('parly'), false);
    await wait(DELAY + 10);
    expect(log).toEqual([]);
    expect(controller.current).toBeNull();
  });

  it('closes on Esc without the pointer moving, and does not reopen until the pointer leaves the mention', async () => {
    const { controller, log } = setup();
    controller.pointer(on('parly'), false);
    await wait(DELAY + 10);
    expect(controller.dismiss()).toBe(true);
    expect(log).toEqual(['show parly', 'hide']);
    controller.pointer(on('parly'), false);
    await wait(DELAY * 3);
    expect(log).toHaveLength(2);
    expect(controller.dismiss()).toBe(false);
    controller.pointer(null, false);
    controller.pointer(on('parly'), false);
    await wait(DELAY + 10);
    expect(log).toEqual(['show parly', 'hide', 'show parly']);
  });

  it('opens a keyboard card at once with focus, and keeps it when the pointer is elsewhere', async () => {
    const { controller, log } = setup();
    controller.open(on('france'));
    await wait(0);
    expect(log).toEqual(['show france (focus)']);
    controller.pointer(null, false);
    await wait(GRACE_MS * 3);
    expect(log).toEqual(['show france (focus)']);
    expect(controller.dismiss()).toBe(true);
    expect(log).toEqual(['show france (focus)', 'hide']);
  });

  it('reads the dwell delay when each dwell starts', async () => {
    let delay = 1000;
    const log: string[] = [];
    const controller = createCardController<string, string>({
      delay: () => delay,
      load: async (m) => m,
      show: (t) => log.push(t.mention),
      hide: () => undefined,
    });
    controller.pointer(on('a'), false);
    await wait(500);
    expect(log).toEqual([]);
    controller.pointer(null, false);
    delay = 100;
    controller.pointer(on('a'), false);
    await wait(110);
    expect(log).toEqual(['a']);
  });
});
