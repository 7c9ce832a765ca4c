/** The publisher registry's shape and its own rules: each problem names the publisher, and the real registry passes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../../../src/kb/build/load';
import { formatKbError } from '../../../../src/kb/build/problems';
import { readPublisherRegistry } from '../../../../src/kb/build/registry-file';

const registry = () => ({
  about: 'Test registry.',
  publishers: [
    { id: 'gazette', name: 'Gazette', domains: ['gazette.example'], kind: 'newsroom', country: 'RU', basis: 'A daily' },
    {
      id: 'voice',
      name: 'Voice',
      domains: ['voice.example'],
      kind: 'state-affiliated',
      country: 'FR',
      basis: 'State radio',
      state: 'freedonia',
    },
  ],
  denied: [{ domain: 'copies.example', reason: 'Mirror of other sites' }],
});

const errorsOf = (change: (r: ReturnType<typeof registry>) => void): string[] => {
  const data = registry();
  change(data);
  return readPublisherRegistry(data).errors.map(formatKbError);
};

describe('readPublisherRegistry', () => {
  it('accepts a well-formed registry and returns it', () => {
    const data = registry();
    expect(readPublisherRegistry(data)).toEqual({ registry: data, errors: [] });
  });

  it('names a publisher by its id, a denied domain by its domain, an entry without either by its path', () => {
    expect(
      errorsOf((r) => {
        r.publishers[0]!.kind = 'blog';
        (r.publishers[1] as { domains: unknown }).domains = [];
        r.denied[0]!.domain = 'www.copies.example';
        r.publishers.push({ name: 'Nameless' } as never);
      }),
    ).toEqual([
      'publishers.json › gazette: kind: expected one of official, wire, newsroom, reference, state-affiliated, other, got "blog"',
      'publishers.json › voice: domains: list at least one domain',
      'publishers.json › publishers[2]: id: missing',
      'publishers.json › publishers[2]: domains: missing',
      'publishers.json › publishers[2]: kind: missing',
      'publishers.json › publishers[2]: country: missing',
      'publishers.json › publishers[2]: basis: missing',
      'publishers.json › www.copies.example: domain: expected a host name without "www." ("reuters.com"), got "www.copies.example"',
    ]);
  });

  it('rejects the file that is not an object, and an unknown field', () => {
    expect(readPublisherRegistry([]).errors.map(formatKbError)).toEqual([
      'publishers.json › (file): expected an object, got []',
    ]);
    expect(errorsOf((r) => Object.assign(r.publishers[0]!, { kinds: 'wire' }))).toEqual([
      'publishers.json › gazette: kinds: unknown field (expected one of id, name, domains, kind, country, basis, state)',
    ]);
  });

  it('rejects an id used twice, and a domain both registered and denied or registered twice', () => {
    expect(
      errorsOf((r) => {
        r.publishers[1]!.id = 'gazette';
        r.publishers[1]!.domains = ['voice.example', 'gazette.example'];
        r.denied.push({ domain: 'voice.example', reason: 'Copies' });
      }),
    ).toEqual([
      'publishers.json › gazette: id is already used by another publisher',
      'publishers.json › gazette: domains[1]: gazette.example is already a domain of gazette',
      'publishers.json › voice.example: domain: voice.example is already a domain of gazette',
    ]);
  });

  it('passes the real registry', () => {
    const data: unknown = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, 'publishers.json'), 'utf8'));
    expect(readPublisherRegistry(data).errors).toEqual([]);
  });
});
