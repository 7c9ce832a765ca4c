import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserManifest } from '../../../build/manifest';
import { fixturesDir } from '../helpers/corpus';

const base = JSON.parse(readFileSync(join(fixturesDir('..'), '..', 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe('each browser\'s manifest', () => {
  it('Firefox: an event page, the add-on id, no data collected, and Firefox for Android declared', () => {
    const firefox = browserManifest(structuredClone(base), 'firefox') as Record<string, unknown> & {
      browser_specific_settings: { gecko: Record<string, unknown>; gecko_android: { strict_min_version: string } };
    };
    expect(firefox['background']).toMatchObject({ scripts: [expect.any(String)] });
    expect(firefox.browser_specific_settings.gecko).toMatchObject({ data_collection_permissions: { required: ['none'] } });
    expect(firefox.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
  });

  it('Chrome: a service worker, no Firefox settings', () => {
    const chrome = browserManifest(structuredClone(base), 'chrome');
    expect(chrome['browser_specific_settings']).toBeUndefined();
    expect(chrome['background']).toMatchObject({ service_worker: expect.any(String) });
  });
});
