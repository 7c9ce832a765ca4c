/**
 * The seed files kept in `tests/fixtures/seed/` are copies of the project's shared seed (`../shared/seed`, or
 * `$DOSSIER_SHARED/seed`): when that folder is beside the repository, the copies must be identical to it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeed, sharedDir } from '../helpers/corpus';

const FILES = ['article.txt', 'expected-annotations.json'];

describe('seed fixtures', () => {
  const shared = join(sharedDir(), 'seed');
  const present = existsSync(shared);
  console.log(
    present ? `Comparing the seed copies with ${shared}` : `No shared seed at ${shared}: copies not compared`,
  );

  it.each(FILES)('%s is kept in the repository', (name) => {
    expect(readSeed(name).length).toBeGreaterThan(100);
  });

  it.runIf(present).each(FILES)('%s is identical to the shared copy', (name) => {
    expect(readSeed(name)).toBe(readFileSync(join(shared, name), 'utf8'));
  });
});
