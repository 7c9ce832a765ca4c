import { describe, expect, it } from 'vitest';
import { eventsOnPage, timelineRows } from '../../../../src/kb/query/timeline';
import { storyKb } from './story-kb';

const page = {
  actors: [{ id: 'zenda-summit', type: 'event' as const, count: 1 }],
  figures: [{ index: 0, text: 'Friday', verdict: 'agrees' as const, event: 'ev-early', iso: '2020-01-03' }],
};

describe('the timeline', () => {
  it('marks the events a page refers to, by a linked date or by naming an event', () => {
    expect([...eventsOnPage(storyKb(), page)].sort()).toEqual(['ev-early', 'ev-summit']);
    expect(eventsOnPage(storyKb(), null).size).toBe(0);
  });

  it('orders events by date, then time, with their resolved sources', () => {
    const rows = timelineRows(storyKb(), page);
    expect(rows.map((r) => r.event.id)).toEqual(['ev-old', 'ev-early', 'ev-late', 'ev-summit']);
    expect(rows.map((r) => r.onPage)).toEqual([false, true, false, true]);
    expect(rows[3]!.sources.map((s) => s.id)).toEqual(['s3']);
  });
});
