/** Launching Chromium, with the extension measured or without any. */
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs } from '../../tests/e2e/harness/browsers';
import type { FixtureServer } from '../../tests/e2e/harness/fixture-server';
import { EXTENSION_DIR } from './config';

export async function open(server: FixtureServer, withDossier: boolean): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(server, withDossier ? EXTENSION_DIR : null),
  });
  if (withDossier && context.serviceWorkers().length === 0)
    await context.waitForEvent('serviceworker', { timeout: 30_000 });
  return context;
}
