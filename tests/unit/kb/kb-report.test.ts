import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { indexSize, kbReport, within } from '../../../scripts/kb-report';
import { compileKb } from '../../../src/kb/build/compile';
import { packIndex } from '../../../src/kb/pack';
import { entry, tinyKb } from './tiny-kb';

describe('kbReport', () => {
  it('summarises the knowledge base', () => {
    const { text, ok } = kbReport(tinyKb());
    expect(ok).toBe(true);
    const lines = text.split('\n');
    expect(lines.slice(0, -1)).toEqual([
      'Knowledge base: 2 topic file(s)',
      'Entities: 5',
      '      2  state',
      '      1  event',
      '      1  person',
      '      1  place',
      'Facts: 3 (2 with a figure)',
      'Timeline events: 2 (1 from 2019-12-27 to 2020-01-31)',
      'Sources: 2, by publisher',
      '      1  Gazette',
      '      1  Herald',
      'Entities with fewer than two facts as subject: 4',
      '  ruritania (0), anna-qasemi (1), zenda (0), zenda-summit (0)',
      'Warnings: 0',
      'Errors: 0',
    ]);
    expect(lines.at(-1)).toMatch(/^Runtime index \(packed, as shipped\): \d+\.\d KB raw, \d+\.\d KB gzip$/);
  });

  it('lists warnings and errors, and fails without sizing an index it cannot build', () => {
    const files = tinyKb();
    delete entry(files, 'anna-qasemi').shortNames;
    entry(files, 'zenda').sources = ['nowhere'];
    const { text, ok } = kbReport(files);
    expect(ok).toBe(false);
    expect(text).toContain(
      'Warnings: 1\n  places.json › anna-qasemi: a person without shortNames: the surname alone will not link (say [] if meant)\n' +
        'Errors: 1\n  places.json › zenda: sources[0]: no source has the id "nowhere"',
    );
    expect(text).not.toContain('Runtime index');
  });
});

describe('indexSize', () => {
  it('measures the packed index as bytes of JSON (not characters) and as gzip', () => {
    const { index } = compileKb(tinyKb());
    const json = JSON.stringify(packIndex(index));
    const { raw, gzip } = indexSize(index);
    expect(raw).toBe(Buffer.byteLength(json));
    expect(raw).toBeGreaterThan(json.length); // "ā" of "Qāsemi" takes two bytes
    expect(gzip).toBe(gzipSync(json, { level: 9 }).length);
  });
});

describe('within', () => {
  it.each([
    ['2020-01-03', true],
    ['2019-12-27', true],
    ['2020-01-31', true],
    ['2019-12-26', false],
    ['2020-02-01', false],
    ['2020-01', true],
    ['2019-12', false],
    ['2020', false],
  ])('%s lies within 2019-12-27..2020-01-31: %s', (date, expected) => {
    expect(within(date, '2019-12-27', '2020-01-31')).toBe(expected);
  });
});
