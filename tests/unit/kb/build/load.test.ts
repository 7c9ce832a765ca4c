import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonSyntaxError, loadPublishers, loadTopicFiles } from '../../../../src/kb/build/load';

describe('loadTopicFiles', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-kb-load-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every .json file of the folder, sorted by name, and nothing else', () => {
    writeFileSync(join(dir, 'b.json'), '{"topic": "b"}');
    writeFileSync(join(dir, 'a.json'), '\uFEFF{"topic": "a"}');
    writeFileSync(join(dir, 'notes.md'), '# not data');
    expect(loadTopicFiles(dir)).toEqual([
      { file: 'a.json', data: { topic: 'a' } },
      { file: 'b.json', data: { topic: 'b' } },
    ]);
  });

  it('names every file that is not JSON, with line and column', () => {
    writeFileSync(join(dir, 'a.json'), '{\n  "topic": "a",\n}\n');
    writeFileSync(join(dir, 'b.json'), '{"topic": "b"}');
    writeFileSync(join(dir, 'c.json'), '{"topic": "c"');
    expect(() => loadTopicFiles(dir)).toThrow(
      'Knowledge base: 2 file(s) are not valid JSON:\n' +
        'a.json › line 3, column 1: invalid JSON: unexpected "}"\n' +
        'c.json › line 1, column 14: invalid JSON: unexpected end of file',
    );
  });
});

describe('loadPublishers', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-kb-publishers-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const gazette = {
    id: 'gazette',
    name: 'Gazette',
    domains: ['gazette.example'],
    kind: 'newsroom',
    country: 'RU',
    basis: 'A daily',
  };

  it('reads a well-formed registry', () => {
    writeFileSync(join(dir, 'publishers.json'), JSON.stringify({ publishers: [gazette], denied: [] }));
    expect(loadPublishers(dir)).toEqual({ publishers: [gazette], denied: [] });
  });

  it('names every problem of the registry in one Error', () => {
    const registry = { publishers: [{ ...gazette, kind: 'blog', country: 'Ruritania' }], denied: [] };
    writeFileSync(join(dir, 'publishers.json'), JSON.stringify(registry));
    expect(() => loadPublishers(dir)).toThrow(
      'Knowledge base: 2 error(s) in publishers.json:\n' +
        'publishers.json › gazette: kind: expected one of official, wire, newsroom, reference, state-affiliated, other, got "blog"\n' +
        'publishers.json › gazette: country: expected an ISO 3166-1 alpha-2 code ("FR"), or "INT", got "Ruritania"',
    );
  });
});

describe('jsonSyntaxError', () => {
  it.each([
    ['{"a": 1,}', 'line 1, column 9: invalid JSON: unexpected "}"'],
    ['[1, 2\n, 3 4]', 'line 2, column 5: invalid JSON: unexpected "4"'],
    // The library points at the start of the token that is wrong: the string with a raw line break, the bad word.
    ['{"a": "b\nc"}', 'line 1, column 7: invalid JSON: unexpected "\\""'],
    ['{"a": tru}', 'line 1, column 7: invalid JSON: unexpected "t"'],
    ['{"a": 01}', 'line 1, column 8: invalid JSON: unexpected "1"'],
    ['{"a": "\\x"}', 'line 1, column 7: invalid JSON: unexpected "\\""'],
    ["{'a': 1}", 'line 1, column 2: invalid JSON: unexpected "\'"'],
    ['{"a": [1, 2]', 'line 1, column 13: invalid JSON: unexpected end of file'],
    ['', 'line 1, column 1: invalid JSON: unexpected end of file'],
  ])('locates the error in %j', (text, expected) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonSyntaxError(text)).toBe(expected);
  });

  it('agrees with JSON.parse on what is JSON, for valid JSON and one-character edits of it', () => {
    const edited = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '\\', '1', '-', '.', 'e', ' ', 'x'))
      .map(([json, at, insert]) => {
        const k = at % (json.length + 1);
        return insert === '' ? json.slice(0, k) + json.slice(k + 1) : json.slice(0, k) + insert + json.slice(k);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), edited), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonSyntaxError(text) === undefined).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});
