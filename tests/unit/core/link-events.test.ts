import { describe, expect, it } from 'vitest';
import { createAnnotator, type FigureAnnotation } from '../../../src/core/annotate';
import { tinyIndex } from './match-fixtures';

const KB = tinyIndex(
  [
    { id: 'soleimani', type: 'person', name: 'Qasem Soleimani', shortNames: ['Soleimani'] },
    { id: 'baghdad', type: 'place', name: 'Baghdad' },
    { id: 'kerman', type: 'place', name: 'Kerman' },
    { id: 'iran', name: 'Iran' },
  ],
  [],
  [
    { id: 'strike', date: '2020-01-03', entities: ['soleimani', 'baghdad'] },
    { id: 'funeral', date: '2020-01-07', entities: ['soleimani', 'iran'] },
    { id: 'stampede', date: '2020-01-07', entities: ['kerman'] },
  ],
);

function dates(block: string, published = '2020-01-07') {
  return createAnnotator(KB)
    .annotate([block], { published })
    .filter((a): a is FigureAnnotation => a.kind === 'figure')
    .map(({ text, figure, event, verdict }) => ({ text, figure, event, verdict }));
}

describe('date → timeline linking', () => {
  it('links a relative date to the event of that day', () => {
    expect(dates('Soleimani was killed in Baghdad last Friday.')).toEqual([
      { text: 'last Friday', figure: { iso: '2020-01-03', relative: true }, event: 'strike', verdict: 'agrees' },
    ]);
  });

  it('chooses, among events of the same day, the one sharing most entities with the sentence', () => {
    expect(dates('A stampede in Kerman on Tuesday killed 56.')).toMatchObject([{ event: 'stampede' }]);
    expect(dates('Iran buried Soleimani on Tuesday.')).toMatchObject([{ event: 'funeral' }]);
  });

  it('links but does not vouch for an event that shares no entity with the paragraph', () => {
    expect(dates('Since Friday we have reinforced security.')).toMatchObject([{ event: 'strike', verdict: 'unknown' }]);
  });

  it('breaks ties with the entities named elsewhere on the page', () => {
    const annotator = createAnnotator(KB);
    const link = (blocks: string[]) =>
      annotator.annotate(blocks, { published: '2020-01-07' }).flatMap((a) => (a.kind === 'figure' ? [a.event] : []));
    expect(link(['On Tuesday it was calm.', 'Kerman mourned.'])).toEqual(['stampede']);
    expect(link(['On Tuesday it was calm.', 'Iran mourned.'])).toEqual(['funeral']);
  });

  it('annotates every date a reader would check, with or without a timeline event', () => {
    expect(dates('09 January, 2020', '2020-01-09')).toEqual([
      {
        text: '09 January, 2020',
        figure: { iso: '2020-01-09', relative: false },
        event: undefined,
        verdict: 'unknown',
      },
    ]);
    expect(dates('On 5 January, nothing happened.')).toMatchObject([{ text: '5 January', event: undefined }]);
    expect(dates('On 5 January 2020, 12 January 2020 and Monday.', '2020-01-14').map((d) => d.text)).toEqual([
      '5 January 2020',
      '12 January 2020',
      'Monday',
    ]);
  });
});
