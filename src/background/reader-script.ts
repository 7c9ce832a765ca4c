/**
 * The reader reaches a page only when the page's first script finds it may be an article and asks: the background
 * then injects the reader's file into that tab and frame, where the first script runs (the site is a curated one, a
 * site the reader enabled, or the tab the reader annotated once, so the extension may script it).
 */
import browser from 'webextension-polyfill';
import { READER_FILE } from '../shared/reader-file';

/** Injects the reader into one frame of a tab; false if the browser refused (the frame went away, no access). */
export async function injectReader(tabId: number, frameId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [READER_FILE] });
    return true;
  } catch {
    return false;
  }
}
