/** Reads and writes the settings in `storage.sync`, repairing what it reads. Used by every extension context. */
import browser from 'webextension-polyfill';
import { SETTINGS_KEY, defaultSettings, parseSettings, repairedSettings, type Settings } from './settings';

async function readStored(): Promise<unknown> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return stored[SETTINGS_KEY];
}

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await readStored());
  } catch {
    return parseSettings(undefined);
  }
}

/**
 * Applies `change` to the current settings and stores the result; returns what is stored afterwards. A write the
 * browser refuses (the sync quota is full) changes nothing: the current settings are returned, and no caller has to
 * handle the error.
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const current = await loadSettings();
  const next = parseSettings(change(current));
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: next });
    return next;
  } catch {
    return current;
  }
}

export async function resetSettings(): Promise<Settings> {
  return updateSettings(() => defaultSettings());
}

/**
 * Writes back the repaired form of what is stored when it differs (partial, corrupted or from an older
 * version), so every context reads valid settings. Writing the repaired value changes nothing the second time.
 */
export async function repairStoredSettings(): Promise<void> {
  const repaired = repairedSettings(await readStored());
  if (repaired) await browser.storage.sync.set({ [SETTINGS_KEY]: repaired });
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area === 'sync' && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
