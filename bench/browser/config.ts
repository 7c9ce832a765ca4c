/** The browser bench's settings: what it measures, how often, and which build. */
import { extensionDir } from '../../tests/e2e/harness/browsers';

export const LOADS = 5;
export const SETTLE_MS = 1_500;

/** Only the first view (at load). */
export const AT_LOAD_ONLY = process.argv.includes('--at-load');
/** Only the fact panel's first paint. */
export const PANEL_ONLY = process.argv.includes('--panel');
/** Only the fourth view (the 300 KB article against the combined-regex baseline). */
export const ONLY_300KB = process.argv.includes('--300kb');
/** Runs of the 300 KB article, with Dossier and for the baseline. */
export const RUNS_300KB = 3;
/** The extension measured: the build in `dist/chrome`, or another one. */
export const EXTENSION_DIR = process.env['DOSSIER_BENCH_EXTENSION'] ?? extensionDir('chromium');
/** Panel opens in each browser (the first cold, the last warm). */
export const PANEL_OPENS = 3;
