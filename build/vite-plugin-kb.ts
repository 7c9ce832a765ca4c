/**
 * Vite plugin: serves the compiled knowledge base as two virtual modules,
 * `virtual:dossier/kb-index` (default export: RuntimeIndex) and `virtual:dossier/kb-details` (default export:
 * KbDetails). The topic files are loaded and compiled at build time, so an invalid knowledge base fails the build
 * with every `file › entry: message`. In dev, a change under the data folder recompiles and reloads the page.
 */
import { join, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileKb } from '../src/kb/compile';
import type { CompiledKb } from '../src/kb/compile';
import { loadTopicFiles } from '../src/kb/load';

const MODULES = {
  'virtual:dossier/kb-index': (kb: CompiledKb) => kb.index,
  'virtual:dossier/kb-details': (kb: CompiledKb) => kb.details,
} as const;
type ModuleId = keyof typeof MODULES;

/** Rollup's convention for a virtual module: a `\0` prefix keeps other plugins away from it. */
const RESOLVED_PREFIX = '\0';

export interface KbPluginOptions {
  /** Folder of the topic files; default `<root>/src/kb/data`. */
  dataDir?: string;
}

export function kbPlugin(options: KbPluginOptions = {}): Plugin {
  let dataDir = '';
  let compiled: { kb: CompiledKb; files: string[] } | undefined;
  const isDataFile = (file: string) => file.startsWith(dataDir + sep) && file.endsWith('.json');

  return {
    name: 'dossier-kb',
    configResolved(config) {
      dataDir = resolve(config.root, options.dataDir ?? 'src/kb/data');
    },
    buildStart() {
      compiled = undefined;
    },
    resolveId(id) {
      return Object.hasOwn(MODULES, id) ? RESOLVED_PREFIX + id : undefined;
    },
    load(id) {
      const moduleId = id.slice(RESOLVED_PREFIX.length);
      if (!id.startsWith(RESOLVED_PREFIX) || !Object.hasOwn(MODULES, moduleId)) return undefined;
      compiled ??= compileFrom(dataDir, (message) => this.error(message));
      for (const file of compiled.files) this.addWatchFile(join(dataDir, file));
      // A JSON string parsed once is smaller and faster to start than the same data as an object literal.
      const json = JSON.stringify(MODULES[moduleId as ModuleId](compiled.kb));
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
    /** An edited topic file (dev server or `vite build --watch`): recompile on the next load. */
    watchChange(file) {
      if (isDataFile(file)) compiled = undefined;
    },
    /** A topic file added or removed in dev is no import of the modules yet: invalidate them and reload. */
    configureServer(server) {
      const reload = (file: string) => {
        if (!isDataFile(file)) return;
        invalidateModules(server);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(dataDir);
      server.watcher.on('add', reload).on('unlink', reload);
    },
  };
}

/** Loads and compiles the topic files; on any problem, `fail` stops the build with the formatted messages. */
function compileFrom(dataDir: string, fail: (message: string) => never): { kb: CompiledKb; files: string[] } {
  try {
    const files = loadTopicFiles(dataDir);
    return { kb: compileKb(files), files: files.map((f) => f.file) };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

function invalidateModules(server: ViteDevServer): void {
  for (const environment of Object.values(server.environments)) {
    for (const id of Object.keys(MODULES)) {
      const module = environment.moduleGraph.getModuleById(RESOLVED_PREFIX + id);
      if (module) environment.moduleGraph.invalidateModule(module);
    }
  }
}
