/**
 * Dossier's in-page keys, chosen not to clash with browsers' and screen readers' own: Alt+Shift+D opens the card
 * of the mention at the selection or caret, Alt+Shift+. and Alt+Shift+, select the next and previous mention.
 * Physical keys (`code`) are matched first, so the keys work whatever Alt and Shift make them type; the typed
 * character is accepted too, for layouts that place "." and "," elsewhere.
 */

export type KeyCommand = 'open' | 'next' | 'previous';

export function keyCommand(
  e: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code' | 'key'>,
): KeyCommand | null {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return null;
  if (e.code === 'KeyD' || e.key.toLowerCase() === 'd') return 'open';
  if (e.code === 'Period' || e.key === '.') return 'next';
  if (e.code === 'Comma' || e.key === ',') return 'previous';
  return null;
}

/** Whether keys typed at this target are the page's own text input. */
export function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return (
    el.isContentEditable ||
    el.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null
  );
}
