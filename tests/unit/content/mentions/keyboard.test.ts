// @vitest-environment happy-dom
/** The in-page keys: Alt+Shift+D, Alt+Shift+. and Alt+Shift+, — by physical key or typed character. */
import { describe, expect, it } from 'vitest';
import { isEditable, keyCommand } from '../../../../src/content/mentions/keyboard';
import { page } from '../helpers';

const key = (
  code: string,
  k: string,
  mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
) => ({
  altKey: true,
  shiftKey: true,
  ctrlKey: false,
  metaKey: false,
  ...mods,
  code,
  key: k,
});

describe('keyCommand', () => {
  it('reads the commands by physical key, whatever Alt and Shift make them type', () => {
    expect(keyCommand(key('KeyD', 'Î'))).toBe('open');
    expect(keyCommand(key('Period', '>'))).toBe('next');
    expect(keyCommand(key('Comma', '<'))).toBe('previous');
  });

  it('accepts the typed character on layouts that put "." and "," elsewhere', () => {
    expect(keyCommand(key('Semicolon', '.'))).toBe('next');
    expect(keyCommand(key('KeyM', ','))).toBe('previous');
  });

  it('needs exactly Alt and Shift', () => {
    expect(keyCommand(key('KeyD', 'd', { shiftKey: false }))).toBeNull();
    expect(keyCommand(key('KeyD', 'D', { altKey: false }))).toBeNull();
    expect(keyCommand(key('KeyD', 'D', { ctrlKey: true }))).toBeNull();
    expect(keyCommand(key('KeyD', 'D', { metaKey: true }))).toBeNull();
    expect(keyCommand(key('KeyE', 'E'))).toBeNull();
  });
});

describe('isEditable', () => {
  it('tells the page’s text inputs from the rest', () => {
    page(
      '<input id="i"><textarea id="t"></textarea><div contenteditable id="c"><span id="s">x</span></div><p id="p">x</p><div contenteditable="false" id="f">x</div>',
    );
    for (const id of ['i', 't', 'c', 's']) expect(isEditable(document.getElementById(id)), id).toBe(true);
    for (const id of ['p', 'f']) expect(isEditable(document.getElementById(id)), id).toBe(false);
    expect(isEditable(null)).toBe(false);
  });
});
