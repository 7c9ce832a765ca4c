// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createPanelBridge, type ShowableMention } from '../../../../src/content/mentions/panel-bridge';

/** A page with the words "Alpha Beta Alpha Gamma Alpha" and a mention for each word. */
function page(): { mentions: ShowableMention[]; scrolled: string[] } {
  document.body.textContent = '';
  const scrolled: string[] = [];
  const words = ['Alpha', 'Beta', 'Alpha', 'Gamma', 'Alpha'];
  const mentions: ShowableMention[] = words.map((word, i) => {
    const p = document.createElement('p');
    p.id = `p${i}`;
    p.textContent = word;
    p.scrollIntoView = vi.fn(() => scrolled.push(p.id));
    document.body.append(p);
    const range = document.createRange();
    range.selectNodeContents(p.firstChild!);
    return { annotation: word === 'Gamma' ? { kind: 'figure' } : { kind: 'actor', entity: word.toLowerCase() }, range };
  });
  // Handed over out of reading order: the bridge orders an entity's mentions itself.
  return { mentions: [mentions[4]!, ...mentions.slice(0, 4)], scrolled };
}

describe('panel bridge: show in page', () => {
  it('goes to the next mention of an entity each time, in reading order, and wraps round', () => {
    const { mentions, scrolled } = page();
    const bridge = createPanelBridge(document);
    for (let i = 0; i < 4; i++) expect(bridge.show(mentions, { entity: 'alpha' })).toBe(true);
    expect(scrolled).toEqual(['p0', 'p2', 'p4', 'p0']);
  });

  it('keeps a separate place for each entity, and shows a figure by its index among figures', () => {
    const { mentions, scrolled } = page();
    const bridge = createPanelBridge(document);
    bridge.show(mentions, { entity: 'alpha' });
    bridge.show(mentions, { entity: 'beta' });
    bridge.show(mentions, { figure: 0 });
    bridge.show(mentions, { entity: 'alpha' });
    expect(scrolled).toEqual(['p0', 'p1', 'p3', 'p2']);
  });

  it('says so when there is nothing to show', () => {
    const { mentions, scrolled } = page();
    const bridge = createPanelBridge(document);
    expect(bridge.show(mentions, { entity: 'delta' })).toBe(false);
    expect(bridge.show(mentions, { figure: 1 })).toBe(false);
    expect(bridge.show([], { entity: 'alpha' })).toBe(false);
    expect(scrolled).toEqual([]);
  });
});
