/** One fixture server and one browser with the extension for a `describe` block: started before, closed after. */
import { afterAll, beforeAll } from 'vitest';
import { launch, type BrowserName, type Driver, type LaunchOptions } from './browsers';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export interface BrowserSession {
  readonly server: FixtureServer;
  readonly driver: Driver;
}

export function useBrowser(name: BrowserName, options: Omit<LaunchOptions, 'server'> = {}): BrowserSession {
  let server: FixtureServer | undefined;
  let driver: Driver | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    driver = await launch(name, { ...options, server });
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the fixture server is not started yet');
      return server;
    },
    get driver() {
      if (!driver) throw new Error('the browser is not launched yet');
      return driver;
    },
  };
}
