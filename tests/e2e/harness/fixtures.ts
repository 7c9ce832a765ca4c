/** Fixture pages and the real news URLs they are served under. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './browsers';
import type { FixtureServer } from './fixture-server';

export const SEED_URL =
  'http://www.newarab.com/news/france-has-no-intention-withdrawing-troops-iraq-despite-iran-threats';

export function fixture(name: string): string {
  return readFileSync(join(ROOT, 'tests', 'fixtures', name), 'utf8');
}

export function serveSeed(server: FixtureServer): string {
  server.route(SEED_URL, { body: fixture('seed-article.html') });
  return SEED_URL;
}
