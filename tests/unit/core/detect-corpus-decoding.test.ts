import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../helpers/corpus';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

describe('decodeHtml (corpus pages)', () => {
  it('reads valid UTF-8 as UTF-8, whatever the page declares', () => {
    const html = '<meta charset="iso-8859-1"><p>Qāsem Süleymani — “Baghdad”</p>';
    expect(decodeHtml(new TextEncoder().encode(html))).toBe(html);
  });

  it('falls back to the declared charset when the bytes are not UTF-8', () => {
    // "日本" in Shift_JIS
    const page = bytes(...ascii('<meta charset="shift_jis"><p>'), 0x93, 0xfa, 0x96, 0x7b, ...ascii('</p>'));
    expect(decodeHtml(page)).toBe('<meta charset="shift_jis"><p>日本</p>');
  });

  it('reads windows-1252 when a page declares UTF-8 but its bytes are not', () => {
    // "café – 2020" in windows-1252
    const page = bytes(...ascii('<meta charset="utf-8"><p>caf'), 0xe9, 0x20, 0x96, ...ascii(' 2020</p>'));
    expect(decodeHtml(page)).toBe('<meta charset="utf-8"><p>café – 2020</p>');
  });

  it('reads windows-1252 when nothing is declared', () => {
    expect(decodeHtml(bytes(...ascii('<p>Fran'), 0xe7, ...ascii('ais</p>')))).toBe('<p>Français</p>');
  });
});
