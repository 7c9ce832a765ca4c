/**
 * What the first script and the reader know of each other. They are two scripts of the extension in the same frame:
 * the first script (`content.iife.ts`) runs on every page of an enabled site; the reader (`reader.iife.ts`: matcher,
 * figures, linking, highlighter, cards) reaches a frame only when the first script finds the page may be an article
 * and asks the background, which injects it into that tab and frame (`scripting.executeScript`). Both run in the
 * extension's isolated world of the frame (Chromium) or its content-script sandbox (Firefox), which the page cannot
 * see: the reader leaves its entry point there under `READER_KEY`, and the first script calls it.
 */
import type { PageState } from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { Ask } from './card/card-content';
import type { Translate } from '../shared/i18n';

/** The global of the isolated world under which the reader leaves its entry point. */
export const READER_KEY = 'dossierReader';

/** What the first script lends the reader: its line to the background, the UI strings, and its report. */
export interface ReaderDeps {
  ask: Ask;
  t: Translate;
  /** The locale dates and numbers are written in on cards (read when the first card opens). */
  locale: () => string;
  /** The page's state changed (detected, read, mentions added or removed): report it. */
  onChange(): void;
}

/** Dossier reading one page, from its full detection until the page changes or Dossier is turned off there. */
export interface ReaderSession {
  /** The page as the fact panel and the badge see it. */
  state(url: string, enabled: boolean): PageState;
  /** The fact panel's "show in page": the target's next mention; false when the page has none. */
  show(target: { entity?: string; figure?: number }): boolean;
  /** Applies changed settings (categories, style, hover delay). */
  update(settings: Settings): void;
  /** Removes every highlight and card and stops watching the page. */
  stop(): void;
}

export interface Reader {
  /** Starts reading `doc`: the full detection, then, on an article, the reading (see `reading/session.ts`). */
  read(doc: Document, url: string, settings: Settings, deps: ReaderDeps): ReaderSession;
}

type ReaderGlobal = { [READER_KEY]?: Reader };

/** Leaves the reader's entry point in the isolated world (the reader does it once it is evaluated). */
export function installReader(reader: Reader): void {
  (globalThis as ReaderGlobal)[READER_KEY] = reader;
}

/** The reader, if it has reached this frame. */
export function installedReader(): Reader | null {
  return (globalThis as ReaderGlobal)[READER_KEY] ?? null;
}
