// @vitest-environment happy-dom
/** Text the page adds to the article comes in batches, one per burst of mutations, once the browser is idle. */
import { describe, expect, it, vi } from 'vitest';
import { watchRegions } from '../../../../src/content/reading/dom-watch';
import { page } from '../helpers';

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

describe('watchRegions', () => {
  it('batches a burst of additions and text changes into one call', async () => {
    page('<article><p id="a">One.</p></article><aside>Other.</aside>');
    const onChanges = vi.fn();
    let release = (): void => undefined;
    const watch = watchRegions(
      [document.querySelector('article')!],
      onChanges,
      () => new Promise<void>((r) => (release = r)),
    );
    const article = document.querySelector('article')!;
    const p = document.createElement('p');
    article.append(p);
    p.textContent = 'Two.';
    (document.getElementById('a')!.firstChild as Text).data = 'One, changed.';
    document.querySelector('aside')!.append('Not watched.');
    await tick();
    expect(onChanges).not.toHaveBeenCalled();
    release();
    await tick();
    expect(onChanges).toHaveBeenCalledOnce();
    const { added, removed } = onChanges.mock.calls[0]![0];
    expect(added).toContain(p);
    expect(added).toContain(document.getElementById('a')!.firstChild);
    expect(added.every((n: Node) => article.contains(n))).toBe(true);
    expect(removed).toBe(false);
    watch.stop();
  });

  it('reports removals, forgets Dossier’s own changes, and stops', async () => {
    page('<article><p id="a">One.</p><p id="b">Two.</p></article>');
    const onChanges = vi.fn();
    const watch = watchRegions([document.querySelector('article')!], onChanges, tick);
    document.getElementById('b')!.remove();
    await tick();
    await tick();
    expect(onChanges).toHaveBeenLastCalledWith({ added: [], removed: true });

    onChanges.mockClear();
    document.getElementById('a')!.append(document.createElement('dossier-mark'));
    watch.discardOwnChanges();
    await tick();
    await tick();
    expect(onChanges).not.toHaveBeenCalled();

    watch.stop();
    document.querySelector('article')!.append(document.createElement('p'));
    await tick();
    await tick();
    expect(onChanges).not.toHaveBeenCalled();
  });
});
