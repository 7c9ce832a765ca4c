/**
 * Derives each browser's manifest from the one authored at the top level (`manifest.json`).
 *
 * Chrome runs the background as a service worker; Firefox (MV3) runs it as an event page from
 * `background.scripts` and needs a gecko id and its data-collection declaration; it also declares Firefox for Android.
 *
 * Chrome lets the background inject a script (`scripting.executeScript`, how the reader reaches an article page) only
 * into hosts of `host_permissions`, not into those its content scripts match; Firefox counts content-script matches
 * as host permissions. So Chrome's manifest lists the content scripts' own sites as `host_permissions` too: the same
 * sites, the same warning at install ("Read and change your data on…"), the same `permissions.getAll()` — Chrome
 * already reports content-script sites there (docs/adr/0003-reader-injection.md).
 */
export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'dossier@dossier-extension.org';

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  content_scripts?: { matches?: string[] }[];
  host_permissions?: string[];
};

/** The sites the manifest's content scripts run on, each once, in order. */
export function contentScriptSites(manifest: Manifest): string[] {
  return [...new Set((manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []))];
}

export function browserManifest<M extends Manifest>(base: M, target: Target): M {
  const manifest: Manifest = structuredClone(base);
  if (target === 'chrome') {
    manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...contentScriptSites(manifest)])];
  }
  if (target === 'firefox') {
    const entry = manifest.background?.service_worker;
    manifest.background = { scripts: entry ? [entry] : [], type: 'module' };
    manifest['browser_specific_settings'] = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android runs extensions too; 142 is the first with the data-collection declaration (the CSS
      // Custom Highlight API came in 140). It has no keyboard `commands`: the code goes without them there.
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest as M;
}
