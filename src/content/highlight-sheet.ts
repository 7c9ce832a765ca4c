/**
 * Dossier's highlight styles, written from the palette as one constructed style sheet adopted by the document:
 * no `<style>` node enters the page, and switching the `highlightStyle` setting replaces the sheet's text.
 * Covers the Custom Highlight API (`::highlight(dossier-…)`) and the wrapping fallback (`<dossier-mark>`).
 */
import { CATEGORIES, type Category } from '../shared/categories';
import type { HighlightStyle } from '../shared/settings';
import { PALETTE, TINT_ALPHA } from './highlight-palette';
import { FALLBACK_TAG, highlightName } from './highlighter';

function tint(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16} ${(n >> 8) & 255} ${n & 255} / ${TINT_ALPHA})`;
}

function declarations(category: Category, style: HighlightStyle): string {
  const { color, line, thickness } = PALETTE[category];
  const underline = `text-decoration: underline ${line} ${color} ${thickness}px; text-underline-offset: 3px;`;
  return style === 'background' || category === 'figure' ? `${underline} background-color: ${tint(color)};` : underline;
}

export function highlightCss(style: HighlightStyle): string {
  const rules = CATEGORIES.map((c) => {
    const body = declarations(c, style);
    return `::highlight(${highlightName(c)}) { ${body} }\n${FALLBACK_TAG}[data-category="${c}"] { ${body} }`;
  });
  rules.push(`${FALLBACK_TAG}[data-hidden] { text-decoration: none; background-color: transparent; }`);
  return rules.join('\n');
}

export interface HighlightSheet {
  setStyle(style: HighlightStyle): void;
  remove(): void;
}

export function installHighlightSheet(doc: Document, style: HighlightStyle): HighlightSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightCss(style));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return {
    setStyle(next) {
      sheet.replaceSync(highlightCss(next));
    },
    remove() {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
