/**
 * Derives each browser's manifest from the one authored at the top level (`manifest.json`).
 *
 * Chrome runs the background as a service worker; Firefox (MV3) runs it as an event page from
 * `background.scripts` and needs a gecko id and its data-collection declaration; it also declares Firefox for Android.
 */
export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'dossier@dossier-extension.org';

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

export function browserManifest<M extends Manifest>(base: M, target: Target): M {
  const manifest: Manifest = structuredClone(base);
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
