/**
 * How each category is drawn. Colours are mid-luminance hues after the Okabe–Ito palette, so an underline keeps a
 * contrast of at least 3:1 on white and on near-black pages alike; each category also has its own underline style
 * (and thickness), so colour is never the only cue for colour-blind readers.
 */
import type { Category } from '../../shared/categories';

export type LineStyle = 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';

export interface CategoryLook {
  /** `#rrggbb` */
  color: string;
  line: LineStyle;
  /** Underline thickness in pixels. */
  thickness: number;
}

export const PALETTE: Record<Category, CategoryLook> = {
  person: { color: '#0072b2', line: 'solid', thickness: 2 },
  state: { color: '#009e73', line: 'double', thickness: 3 },
  organisation: { color: '#c2559a', line: 'dotted', thickness: 3 },
  'armed-group': { color: '#d55e00', line: 'wavy', thickness: 2 },
  place: { color: '#0a8fa8', line: 'dashed', thickness: 2 },
  operation: { color: '#a87a00', line: 'dashed', thickness: 4 },
  event: { color: '#7b6fd0', line: 'dotted', thickness: 2 },
  figure: { color: '#6a8f00', line: 'solid', thickness: 4 },
};

/** Opacity of the tint behind a mention in the `background` style (light enough to keep the page's text readable). */
export const TINT_ALPHA = 0.22;
