/**
 * Dossier's highlight styles, written from the palette into one static style sheet that the browser injects with
 * the content script (the manifest's `css`, written by `build/highlight-css.ts`). Injected before the page renders,
 * it costs the page nothing; a sheet added later would make the browser recompute every element's style (hundreds of
 * milliseconds on a large page), and so would a change of its rules. So the sheet never changes: each highlight style
 * has its own highlight names (`highlightName`), and switching the setting re-registers the highlights under the
 * other names. Covers the Custom Highlight API (`::highlight(dossier-…)`), the wrapping fallback (`<dossier-mark>`)
 * and the fact panel's flash.
 */
import { CATEGORIES, type Category } from '../../shared/categories';
import type { HighlightStyle } from '../../shared/settings';
import { PALETTE, TINT_ALPHA } from './highlight-palette';

export const FALLBACK_TAG = 'dossier-mark';
/** The fact panel's "show in page" flash, drawn over the category highlights. */
export const FLASH_NAME = 'dossier-flash';
/** Attribute of a fallback mark drawn in the `background` style. */
export const TINT_ATTRIBUTE = 'data-tint';

/** The highlight a category is registered under, in a highlight style. */
export const highlightName = (category: Category, style: HighlightStyle = 'underline'): string =>
  style === 'background' ? `dossier-${category}-tint` : `dossier-${category}`;

function tint(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16} ${(n >> 8) & 255} ${n & 255} / ${TINT_ALPHA})`;
}

function declarations(category: Category, style: HighlightStyle): string {
  const { color, line, thickness } = PALETTE[category];
  const underline = `text-decoration: underline ${line} ${color} ${thickness}px; text-underline-offset: 3px;`;
  return style === 'background' || category === 'figure' ? `${underline} background-color: ${tint(color)};` : underline;
}

/** The whole sheet: every category in both styles, for the API and the fallback, and the flash. */
export function highlightCss(): string {
  const rules = CATEGORIES.flatMap((c) => [
    `::highlight(${highlightName(c, 'underline')}) { ${declarations(c, 'underline')} }`,
    `::highlight(${highlightName(c, 'background')}) { ${declarations(c, 'background')} }`,
    `${FALLBACK_TAG}[data-category="${c}"] { ${declarations(c, 'underline')} }`,
    `${FALLBACK_TAG}[data-category="${c}"][${TINT_ATTRIBUTE}] { ${declarations(c, 'background')} }`,
  ]);
  rules.push(`${FALLBACK_TAG}[data-hidden] { text-decoration: none; background-color: transparent; }`);
  rules.push(`::highlight(${FLASH_NAME}) { background-color: rgb(255 196 0 / 0.75); color: #111; }`);
  return `${rules.join('\n')}\n`;
}
