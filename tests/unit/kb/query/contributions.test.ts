import { describe, expect, it } from 'vitest';
import { coalitionContributions } from '../../../../src/kb/query/contributions';
import { storyKb } from './story-kb';

describe('coalitionContributions', () => {
  const result = coalitionContributions(storyKb())!;
  const row = (id: string) => result.rows.find((r) => r.state.id === id);

  it('derives the coalition, the host state and the best documented month from the data', () => {
    expect(result.coalition).toEqual({ id: 'alliance', name: 'The Alliance' });
    expect(result.host).toEqual({ id: 'ruritania', name: 'Ruritania' });
    expect(result.period).toBe('2020-01');
  });

  it('lists the states linked to the coalition, largest contribution first, never the host nor an unlinked state', () => {
    expect(result.rows.map((r) => r.state.id)).toEqual(['freedonia', 'sylvania', 'graustark']);
  });

  it('keeps disagreeing reports of the same quantity side by side, each with its source', () => {
    const fr = row('freedonia')!;
    expect(fr.troops.map((t) => [t.value, t.qualifier, t.sources.map((s) => s.publisher)])).toEqual([
      [200, 'about', ['Gazette']],
      [160, undefined, ['Herald']],
    ]);
  });

  it('prefers the quantity about the host (or a place in it) over a regional total', () => {
    expect(row('freedonia')!.troops.map((t) => t.value)).not.toContain(1000);
  });

  it('names the operation rather than the coalition when a state has one', () => {
    expect(row('freedonia')!.missions).toEqual([{ id: 'op-blue', name: 'Operation Blue' }]);
    expect(row('sylvania')!.missions).toEqual([{ id: 'alliance', name: 'The Alliance' }]);
  });

  it('lists what a state did in the month: dated facts and timeline events, in date order', () => {
    expect(row('freedonia')!.actions.map((a) => [a.date, a.text])).toEqual([
      ['2020-01-03', 'Freedonia decides'],
      ['2020-01-07', 'Freedonia moved 30 troops out.'],
      ['2020-01-10', 'Zenda summit'],
    ]);
    expect(row('freedonia')!.actions[1]!.sources.map((s) => s.publisher)).toEqual(['Courier']);
  });

  it('reports a missing figure as missing instead of borrowing one from another month', () => {
    expect(row('graustark')!.troops).toEqual([]);
    expect(row('sylvania')!.troops.map((t) => t.value)).toEqual([50]);
  });

  it('invents nothing: every number is the value of a fact of that state', () => {
    const facts = storyKb().facts;
    for (const r of result.rows) {
      for (const t of r.troops)
        expect(facts.find((f) => f.id === t.factId)).toMatchObject({ subject: r.state.id, value: t.value });
    }
  });

  it('is null without a coalition or without troop figures', () => {
    const kb = storyKb();
    expect(coalitionContributions({ ...kb, entities: kb.entities.filter((e) => e.type !== 'coalition') })).toBeNull();
    expect(coalitionContributions({ ...kb, facts: kb.facts.filter((f) => f.unit !== 'troops') })).toBeNull();
  });
});
