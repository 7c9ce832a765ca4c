/**
 * The sourcing rules against the publisher registry: unregistered and denied publishers, a reference work or another
 * state's outlet as a fact's only source; and the real knowledge base passes them.
 */
import { describe, expect, it } from 'vitest';
import { loadPublishers, loadTopicFiles } from '../../../../src/kb/build/load';
import { createPublisherLookup, type PublisherRegistry } from '../../../../src/kb/build/publishers';
import { formatKbError, validateKb } from '../../../../src/kb/build/validate';
import { tinyKb } from '../tiny-kb';

const REGISTRY: PublisherRegistry = {
  publishers: [
    { id: 'gazette', name: 'Gazette', domains: ['gazette.example'], kind: 'newsroom', country: 'RU', basis: 'A daily' },
    { id: 'herald', name: 'Herald', domains: ['herald.example'], kind: 'other', country: 'RU', basis: 'A blog' },
  ],
  denied: [{ domain: 'copies.example', reason: 'Mirror of other sites' }],
};

type Files = ReturnType<typeof tinyKb>;
const sourceOf = (files: Files, id: string) =>
  files.flatMap((f) => (f.data as { sources?: { id: string; url: string }[] }).sources ?? []).find((s) => s.id === id)!;

function errorsWith(registry: PublisherRegistry, change: (files: Files) => void = () => undefined): string[] {
  const files = tinyKb();
  change(files);
  return validateKb(files, registry).errors.map(formatKbError);
}

describe('publisher lookup', () => {
  it('finds a publisher by host or parent domain, without "www."', () => {
    const lookup = createPublisherLookup(REGISTRY);
    expect(lookup('https://www.gazette.example/a')).toMatchObject({ publisher: { id: 'gazette' } });
    expect(lookup('https://news.gazette.example/a')).toMatchObject({ publisher: { id: 'gazette' } });
    expect(lookup('https://copies.example/a')).toMatchObject({ denied: { domain: 'copies.example' } });
    expect(lookup('https://gazette.example.org/a')).toBeUndefined();
  });
});

describe('sourcing rules', () => {
  it('accept the tiny knowledge base with its publishers registered', () => {
    expect(errorsWith(REGISTRY)).toEqual([]);
  });

  it('reject a source whose publisher is not registered, or whose domain is denied', () => {
    const unregistered = errorsWith({ ...REGISTRY, publishers: [REGISTRY.publishers[0]!] });
    expect(unregistered.some((e) => e.includes('is not in publishers.json'))).toBe(true);
    const denied = errorsWith(
      REGISTRY,
      (files) => (sourceOf(files, 'gazette-2020-01-07-zenda').url = 'https://copies.example/zenda'),
    );
    expect(denied.some((e) => e.includes('copies.example is never cited (Mirror of other sites)'))).toBe(true);
  });

  it("reject a reference work as a fact's only source", () => {
    const registry: PublisherRegistry = {
      ...REGISTRY,
      publishers: REGISTRY.publishers.map((p) => (p.id === 'gazette' ? { ...p, kind: 'reference' } : p)),
    };
    expect(errorsWith(registry).some((e) => e.includes("a reference work cannot be a fact's only source"))).toBe(true);
  });

  it('accept a state outlet as only source for its own state, and reject it for another', () => {
    const outlet = (state: string): PublisherRegistry => ({
      ...REGISTRY,
      publishers: REGISTRY.publishers.map((p) => (p.id === 'gazette' ? { ...p, kind: 'state-affiliated', state } : p)),
    });
    const own = errorsWith(outlet('freedonia'));
    expect(own.filter((e) => e.includes('state-affiliated'))).toEqual([]);
    expect(
      errorsWith(outlet('ruritania-nowhere')).some((e) => e.includes('(state-affiliated) is the only source')),
    ).toBe(true);
  });
});

describe('the real knowledge base', () => {
  it('passes the sourcing rules: every publisher registered, nothing denied, no fact on reference works alone', () => {
    const { errors } = validateKb(loadTopicFiles(), loadPublishers());
    expect(errors.map(formatKbError)).toEqual([]);
  });
});
