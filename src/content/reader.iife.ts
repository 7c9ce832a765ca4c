/**
 * Dossier's reader: the full article detection, the matcher, figures and linking, the highlighter, hover cards and
 * the fact panel's "show in page". It is not a content script of the manifest: the background injects it into one
 * tab and frame (`scripting.executeScript`) when the first script (`content.iife.ts`) finds the page there may be an
 * article, so news fronts, sections and listings never load it. Evaluated, it only leaves its entry point in the
 * isolated world for the first script (`reader-api.ts`), which drives it.
 */
import { fetchedIndexLoader, type IndexLoader } from '../kb/pack';
import { pageState } from './reading/page-state';
import { createPanelBridge } from './mentions/panel-bridge';
import { installReader } from './reader-api';
import { startReading } from './reading/session';
import { markReaderArrived } from './reading/timing';

/** The knowledge base's index, asked of the background once, when the first article of the frame needs it. */
let index: IndexLoader | null = null;
const panelBridge = createPanelBridge(document);

installReader({
  read(doc, url, settings, deps) {
    index ??= fetchedIndexLoader(() => deps.ask({ type: 'get-index' }));
    const session = startReading(doc, url, settings, { ...deps, index });
    return {
      state: (at, enabled) => pageState(at, session.detection, session.mentions.all(), enabled, session.reading),
      show: (target) => panelBridge.show(session.mentions.all(), target),
      update: (next) => session.update(next),
      stop: () => session.stop(),
    };
  },
});
markReaderArrived();
