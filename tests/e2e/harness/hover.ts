/** Moves the pointer onto a highlighted mention, as a reader would, and waits for Dossier's card. */
import type { DPage } from './browsers';

/** Viewport point in the middle of the first highlighted mention whose text is `text`, scrolled into view. */
export async function mentionPoint(page: DPage, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted: string) => {
    const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
    for (const [name, highlight] of registry ?? []) {
      if (!name.startsWith('dossier-')) continue;
      for (const range of highlight) {
        if (range.toString() !== wanted) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
}

/** Hovers the mention and waits for the card; false if no card opened. */
export async function hoverMention(page: DPage, text: string): Promise<boolean> {
  const point = await mentionPoint(page, text);
  if (!point) return false;
  await page.mouseMove(point.x - 40, point.y - 40);
  await page.mouseMove(point.x, point.y);
  try {
    await page.waitFor(() => document.querySelector('dossier-card-host') !== null, undefined, 5_000);
    await new Promise((r) => setTimeout(r, 400));
    return true;
  } catch {
    return false;
  }
}
