import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { browserManifest, type Target } from './build/manifest';
import { writeHighlightCss } from './build/highlight-css';
import { writeKbModules } from './build/kb-modules';
import { readerScript } from './build/reader-script';
import { READER_ENTRY, READER_FILE } from './src/shared/reader-file';

// `vite build --mode chrome` → dist/chrome, `vite build --mode firefox` → dist/firefox.
export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  // Validates and compiles the knowledge base; an invalid KB fails the build here with file and entry named.
  const kb = writeKbModules();
  // The content script's style sheet, listed in the manifest (injected by the browser before the page renders).
  writeHighlightCss();
  return {
    plugins: [
      preact(),
      crx({ manifest: browserManifest(baseManifest, target), browser: target }),
      // The reader, injected by the background into article pages only: one file, in no manifest key.
      readerScript(READER_ENTRY, READER_FILE),
    ],
    resolve: {
      // Plain files rather than a plugin's virtual modules: crxjs bundles `*.iife.ts` content scripts in a
      // second build without plugins, but it keeps `resolve.alias`.
      alias: {
        'virtual:dossier/kb-index-packed': kb.packedPath,
        'virtual:dossier/kb-details': kb.detailsPath,
      },
    },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: ['chrome120', 'firefox128'],
      sourcemap: false,
      reportCompressedSize: false,
    },
    server: { port: 5173, strictPort: true },
  };
});
