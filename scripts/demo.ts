/**
 * `npm run demo`: the built extension on the bundled sample article, served under its real news hostname.
 * With a display, opens Chromium with the article and the fact panel and waits; without one, runs headless and
 * writes screenshots of the annotated article, hover cards (a person, a figure, a date) and the fact panel into
 * demo-output/.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../tests/e2e/harness/browsers';
import { serveSeed } from '../tests/e2e/harness/fixtures';
import { startFixtureServer } from '../tests/e2e/harness/fixture-server';
import { dossierReady } from '../tests/e2e/harness/page-probes';
import { hoverMention } from '../tests/e2e/harness/hover';

const headed = Boolean(process.env['DISPLAY']) && process.env['CI'] !== 'true';
const out = join(import.meta.dirname, '..', 'demo-output');

const server = await startFixtureServer();
const url = serveSeed(server);
const driver = await launch('chromium', { server, headed });
const page = await driver.open(url);
await page.waitFor(dossierReady);
const tabId = await driver.tabIdOf(url);

if (headed) {
  await driver.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
  console.log('Dossier is running on the sample article. Close the browser or press Ctrl-C to stop.');
  await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
} else {
  mkdirSync(out, { recursive: true });
  const shots: [string, string][] = [];
  shots.push([await page.screenshot('demo-article'), 'article.png']);
  // A person's card, a figure's check and a date's card, each after moving the pointer away from the last.
  for (const [mention, file] of [
    ['Florence Parly', 'hover-card.png'],
    ['200 soldiers', 'figure-card.png'],
    ['last Friday', 'date-card.png'],
  ] as const) {
    if (await hoverMention(page, mention))
      shots.push([await page.screenshot(`demo-${file.replace('.png', '')}`), file]);
    await page.mouseMove(1, 1);
    await page.waitFor(() => document.querySelector('dossier-card-host') === null);
  }
  const popup = await driver.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
  await popup.waitFor(() => document.querySelector('[role=status]') !== null);
  await popup.setViewport(420, 600);
  shots.push([await popup.screenshot('demo-popup'), 'popup.png']);
  for (const [from, to] of shots) copyFileSync(from, join(out, to));
  console.log(`Screenshots written to demo-output/: ${shots.map(([, to]) => to).join(', ')}`);
}
await driver.close();
await server.close();
