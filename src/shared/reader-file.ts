/**
 * Where the reader is built from and to. The build bundles `READER_ENTRY` on its own into `READER_FILE`
 * (`build/reader-script.ts`), a file of the package that no page can load (it is no web-accessible resource); the
 * background injects it into a frame by that name (`scripting.executeScript`).
 */
export const READER_ENTRY = 'src/content/reader.iife.ts';
export const READER_FILE = 'src/content/reader.iife.js';
