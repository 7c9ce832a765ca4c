/**
 * The highlight palette reads on light and dark pages and for colour-blind readers: every underline colour has a
 * contrast of at least 3:1 (WCAG 2.1, non-text contrast) against white and near-black backgrounds, and every
 * category differs from every other by its underline's style or thickness, not by colour alone.
 */
import { describe, expect, it } from 'vitest';
import { PALETTE, TINT_ALPHA } from '../../../../src/content/highlight/highlight-palette';
import { highlightCss, highlightName } from '../../../../src/content/highlight/highlight-css';
import { CATEGORIES } from '../../../../src/shared/categories';

/** WCAG 2.1 relative luminance of an sRGB colour `#rrggbb`. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(n >> 16) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG 2.1 contrast ratio. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const BACKGROUNDS = { white: '#ffffff', 'near-black': '#121212', black: '#000000', 'dark grey': '#1e1e1e' };

describe('highlight colours', () => {
  it('computes WCAG contrast as the standard does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(CATEGORIES)('%s: underline contrast ≥ 3:1 on light and dark pages', (category) => {
    const { color } = PALETTE[category];
    expect(color).toMatch(/^#[0-9a-f]{6}$/);
    for (const [name, background] of Object.entries(BACKGROUNDS)) {
      expect(contrast(color, background), `${category} on ${name}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('tells every category apart without colour (underline style and thickness)', () => {
    const looks = CATEGORIES.map((c) => `${PALETTE[c].line}/${PALETTE[c].thickness}`);
    expect(new Set(looks).size).toBe(CATEGORIES.length);
    const colours = CATEGORIES.map((c) => PALETTE[c].color);
    expect(new Set(colours).size).toBe(CATEGORIES.length);
  });

  it('keeps the background tint light enough for the page’s own text', () => {
    expect(TINT_ALPHA).toBeGreaterThan(0);
    expect(TINT_ALPHA).toBeLessThanOrEqual(0.25);
  });
});

describe('highlight style sheet', () => {
  const css = highlightCss();
  const rule = (selector: string) => css.split('\n').find((l) => l.startsWith(`${selector} {`)) ?? '';

  it.each(['underline', 'background'] as const)(
    'styles every category, in the API and in the fallback (%s)',
    (style) => {
      for (const c of CATEGORIES) {
        const { color, line } = PALETTE[c];
        expect(rule(`::highlight(${highlightName(c, style)})`)).toContain(
          `text-decoration: underline ${line} ${color}`,
        );
        const mark = `dossier-mark[data-category="${c}"]${style === 'background' ? '[data-tint]' : ''}`;
        expect(rule(mark)).toContain(`text-decoration: underline ${line} ${color}`);
      }
    },
  );

  it('names each style apart, so that switching style changes no rule of the sheet', () => {
    const names = CATEGORIES.flatMap((c) => [highlightName(c, 'underline'), highlightName(c, 'background')]);
    expect(new Set(names).size).toBe(CATEGORIES.length * 2);
    expect(highlightName('person')).toBe('dossier-person');
    expect(highlightCss()).toBe(css);
  });

  it('tints every mention in the background style, only figures in the underline style', () => {
    for (const c of CATEGORIES) {
      expect(rule(`::highlight(${highlightName(c, 'background')})`)).toContain('background-color');
      expect(rule(`::highlight(${highlightName(c, 'underline')})`).includes('background-color')).toBe(c === 'figure');
    }
  });

  it('styles the fact panel’s flash', () => {
    expect(rule('::highlight(dossier-flash)')).toContain('background-color');
  });
});
