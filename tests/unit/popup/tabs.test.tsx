// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Tabs } from '../../../src/popup/components/Tabs';

function Harness() {
  const [selected, setSelected] = useState('a');
  return (
    <Tabs
      label="Panel"
      selected={selected}
      onSelect={setSelected}
      tabs={[
        { id: 'a', label: 'First', content: <p>one</p> },
        { id: 'b', label: 'Second', content: <p>two</p> },
        { id: 'c', label: 'Third', content: <p>three</p> },
      ]}
    />
  );
}

/** A panel content with state of its own: how many times its button was pressed. */
function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" class="counter" onClick={() => setCount(count + 1)}>
      {`pressed ${count}`}
    </button>
  );
}

function CounterHarness() {
  const [selected, setSelected] = useState('a');
  return (
    <Tabs
      label="Panel"
      selected={selected}
      onSelect={setSelected}
      tabs={[
        { id: 'a', label: 'First', content: <p>one</p> },
        { id: 'b', label: 'Second', content: <Counter /> },
      ]}
    />
  );
}

const tabs = () => [...document.querySelectorAll<HTMLElement>('[role=tab]')];
const selectedTab = () => tabs().find((t) => t.getAttribute('aria-selected') === 'true')?.textContent;
const visiblePanel = () =>
  [...document.querySelectorAll<HTMLElement>('[role=tabpanel]')].filter((p) => !p.hidden).map((p) => p.textContent);

async function press(key: string) {
  await act(() => {
    (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

describe('Tabs', () => {
  afterEach(() => render(null, document.body));

  it('exposes a tablist whose tabs control labelled panels, one tab stop', async () => {
    await act(() => render(<Harness />, document.body));
    expect(document.querySelector('[role=tablist]')?.getAttribute('aria-label')).toBe('Panel');
    for (const tab of tabs()) {
      const panel = document.getElementById(tab.getAttribute('aria-controls')!);
      expect(panel?.getAttribute('role')).toBe('tabpanel');
      expect(panel?.getAttribute('aria-labelledby')).toBe(tab.id);
    }
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    expect(visiblePanel()).toEqual(['one']);
  });

  it('moves with the arrow keys (wrapping), Home and End, focusing and showing the tab', async () => {
    await act(() => render(<Harness />, document.body));
    tabs()[0]!.focus();
    await press('ArrowRight');
    expect([selectedTab(), document.activeElement?.textContent, visiblePanel()[0]]).toEqual([
      'Second',
      'Second',
      'two',
    ]);
    await press('End');
    expect(selectedTab()).toBe('Third');
    await press('ArrowRight');
    expect(selectedTab()).toBe('First');
    await press('ArrowLeft');
    expect(selectedTab()).toBe('Third');
    await press('Home');
    expect([selectedTab(), tabs().map((t) => t.tabIndex)]).toEqual(['First', [0, -1, -1]]);
  });

  it('renders a panel the first time its tab is selected, then keeps it and its state while hidden', async () => {
    await act(() => render(<CounterHarness />, document.body));
    const panelText = (id: string) => document.getElementById(`panel-${id}`)?.textContent;
    expect([panelText('a'), panelText('b')]).toEqual(['one', '']);
    await act(() => tabs()[1]!.click());
    expect(panelText('b')).toBe('pressed 0');
    await act(() => document.querySelector<HTMLElement>('.counter')!.click());
    await act(() => tabs()[0]!.click());
    expect([visiblePanel(), panelText('b')]).toEqual([['one'], 'pressed 1']);
    await act(() => tabs()[1]!.click());
    expect(visiblePanel()).toEqual(['pressed 1']);
  });

  it('ignores other keys', async () => {
    await act(() => render(<Harness />, document.body));
    tabs()[0]!.focus();
    await press('x');
    expect(selectedTab()).toBe('First');
  });
});
