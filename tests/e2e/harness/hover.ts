/** Moves the pointer onto a highlighted mention, as a reader would, and waits for Dossier's card. */
import type { DPage } from './browsers';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Viewport box of the first highlighted mention whose text is `text` (its first line), scrolled into view. */
export async function mentionBox(page: DPage, text: string): Promise<Box | null> {
  return page.evaluate((wanted: string) => {
    const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
    for (const [name, highlight] of registry ?? []) {
      if (!name.startsWith('dossier-')) continue;
      for (const range of highlight) {
        if (range.toString() !== wanted) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        if (rect) return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
      }
    }
    return null;
  }, text);
}

/** Viewport point in the middle of the first highlighted mention whose text is `text`, scrolled into view. */
export async function mentionPoint(page: DPage, text: string): Promise<{ x: number; y: number } | null> {
  const box = await mentionBox(page, text);
  return box && { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
}

/** Whether a card is open (Dossier's card host is in the page only while a card shows). */
export function cardOpen(): boolean {
  return document.querySelector('dossier-card-host') !== null;
}

/** Hovers the mention and waits for the card; false if no card opened. */
export async function hoverMention(page: DPage, text: string): Promise<boolean> {
  const point = await mentionPoint(page, text);
  if (!point) return false;
  await page.mouseMove(point.x - 40, point.y - 40);
  await page.mouseMove(point.x, point.y);
  try {
    await page.waitFor(cardOpen, undefined, 5_000);
    await new Promise((r) => setTimeout(r, 400));
    return true;
  } catch {
    return false;
  }
}
