/** The messages a hover card sends to the background are checked for shape like every other. */
import { describe, expect, it } from 'vitest';
import { parseContentMessage } from '../../../src/shared/messages';

describe('hover card messages', () => {
  it('accepts well-formed card requests and the fact-panel request', () => {
    expect(parseContentMessage({ type: 'get-card', entity: 'florence-parly' })).toEqual({
      type: 'get-card',
      entity: 'florence-parly',
    });
    expect(parseContentMessage({ type: 'get-fact', fact: 'france-troops-iraq-2020-01' })).toEqual({
      type: 'get-fact',
      fact: 'france-troops-iraq-2020-01',
    });
    expect(parseContentMessage({ type: 'get-event', event: '2020-01-03-soleimani-strike' })).toEqual({
      type: 'get-event',
      event: '2020-01-03-soleimani-strike',
    });
    // The shipped index names facts and events by runtime key.
    expect(parseContentMessage({ type: 'get-fact', fact: '#f12' })).toEqual({ type: 'get-fact', fact: '#f12' });
    expect(parseContentMessage({ type: 'get-event', event: '#e4' })).toEqual({ type: 'get-event', event: '#e4' });
    expect(parseContentMessage({ type: 'open-panel' })).toEqual({ type: 'open-panel' });
    expect(parseContentMessage({ type: 'open-panel', entity: 'france' })).toEqual({
      type: 'open-panel',
      entity: 'france',
    });
  });

  it('refuses anything else', () => {
    for (const bad of [
      { type: 'get-fact' },
      { type: 'get-fact', fact: 'Not An Id' },
      { type: 'get-fact', fact: '#f' },
      { type: 'get-event', event: '#x1' },
      { type: 'get-event', event: 42 },
      { type: 'open-panel', entity: '../popup' },
      { type: 'open-panel', entity: null },
      { type: 'get-facts', fact: 'x' },
      null,
      'open-panel',
    ]) {
      expect(parseContentMessage(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
