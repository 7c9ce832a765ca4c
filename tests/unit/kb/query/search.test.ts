import { describe, expect, it } from 'vitest';
import { createKbSearch } from '../../../../src/kb/query/search';
import { storyKb } from './story-kb';

const search = createKbSearch(storyKb());
const ids = (q: string) => search(q).map((h) => h.id);

describe('KB search', () => {
  it('ignores case and accents', () => {
    expect(ids('anna qasemi')[0]).toBe('anna-qasemi');
    expect(ids('QĀSEMI')[0]).toBe('anna-qasemi');
  });

  it('finds aliases and short names, and says which form matched', () => {
    expect(search('kasemi')[0]).toMatchObject({ id: 'anna-qasemi', matched: 'Anna Kasemi' });
    expect(search('frd')[0]).toMatchObject({ id: 'freedonia', matched: 'FRD' });
    expect(search('republic')[0]).toMatchObject({ id: 'freedonia', matched: 'Republic of Freedonia' });
  });

  it('ranks a whole name before a prefix, a prefix before a word inside, a word before a substring', () => {
    expect(ids('zenda')).toEqual(['zenda', 'zenda-summit', 'ev-summit']);
    expect(ids('blue')).toEqual(['op-blue']);
    // Equal scores: entities before events.
    expect(ids('reedon')).toEqual(['freedonia', 'ev-late']);
  });

  it('finds timeline events by title', () => {
    expect(search('morning raid')[0]).toMatchObject({ kind: 'event', id: 'ev-early', date: '2020-01-03' });
  });

  it('returns nothing for an empty query and honours the limit', () => {
    expect(search('   ')).toEqual([]);
    expect(search('a', 2)).toHaveLength(2);
  });
});
