/**
 * Builds the reader (`src/content/reader.iife.ts`) as one self-contained classic script under a stable name
 * (`src/content/reader.iife.js`), for the background to inject with `scripting.executeScript({ files })`.
 *
 * Not through @crxjs/vite-plugin: it builds standalone IIFEs only for the manifest's content scripts and for
 * `?script` imports, and a `?script` import also lists the file (and a loader) in `web_accessible_resources`, which
 * would let any page probe for the extension. So, as crxjs does for its own IIFE content scripts, a second Vite
 * build in library mode (format `iife`, everything inlined, the parent build's aliases, target and minification),
 * whose output is emitted into the extension as a plain asset that no manifest key mentions.
 */
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';

export function readerScript(entry: string, fileName: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'dossier:reader-script',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        root: config.root,
        mode: config.mode,
        resolve: config.resolve,
        define: config.define,
        plugins: [],
        build: {
          write: false,
          emptyOutDir: false,
          lib: { entry: `${config.root}/${entry}`, formats: ['iife'], name: 'dossierReader', fileName: () => fileName },
          rollupOptions: { output: { entryFileNames: fileName } },
          minify: config.build.minify,
          sourcemap: false,
          target: config.build.target,
        },
      });
      const outputs = (Array.isArray(result) ? result : [result as Rollup.RollupOutput]).flatMap((r) => r.output);
      const chunk = outputs.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry);
      if (!chunk) throw new Error(`reader-script: no bundle built from ${entry}`);
      if (outputs.length > 1)
        throw new Error(
          `reader-script: ${entry} must build to one file, got ${outputs.map((o) => o.fileName).join(', ')}`,
        );
      this.emitFile({ type: 'asset', fileName, source: chunk.code });
    },
  };
}
