import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserManifest, contentScriptSites } from '../../../build/manifest';
import { fixturesDir } from '../helpers/corpus';

const base = JSON.parse(readFileSync(join(fixturesDir('..'), '..', 'manifest.json'), 'utf8')) as Record<
  string,
  unknown
>;

describe("each browser's manifest", () => {
  it('Firefox: an event page, the add-on id, no data collected, and Firefox for Android declared', () => {
    const firefox = browserManifest(structuredClone(base), 'firefox') as Record<string, unknown> & {
      browser_specific_settings: { gecko: Record<string, unknown>; gecko_android: { strict_min_version: string } };
    };
    expect(firefox['background']).toMatchObject({ scripts: [expect.any(String)] });
    expect(firefox.browser_specific_settings.gecko).toMatchObject({
      data_collection_permissions: { required: ['none'] },
    });
    expect(firefox.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
  });

  it('Chrome: a service worker, no Firefox settings', () => {
    const chrome = browserManifest(structuredClone(base), 'chrome');
    expect(chrome['browser_specific_settings']).toBeUndefined();
    expect(chrome['background']).toMatchObject({ service_worker: expect.any(String) });
  });

  it('Chrome: the content scripts’ own sites as host permissions, so the background may inject the reader there; nothing more', () => {
    const sites = contentScriptSites(base);
    expect(sites.length).toBeGreaterThan(100);
    expect(browserManifest(structuredClone(base), 'chrome')['host_permissions']).toEqual(sites);
    expect(sites).not.toContain('<all_urls>');
    expect(sites.every((site) => /^\*:\/\/\*\.[a-z0-9.-]+\/\*$/.test(site))).toBe(true);
    // The authored manifest asks for none; Firefox counts content-script sites as host permissions of their own.
    expect(base['host_permissions']).toBeUndefined();
    expect(browserManifest(structuredClone(base), 'firefox')['host_permissions']).toBeUndefined();
  });
});
