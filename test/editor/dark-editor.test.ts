// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  DARK_LUMINANCE,
  isDarkBackground,
  isOnDarkBackground,
  parseColour,
  relativeLuminance,
} from '../../src/editor/dark-editor';

afterEach(() => {
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
});

describe('parseColour: the notations getComputedStyle answers with', () => {
  it('reads rgb() and rgba(), with commas or spaces, numbers or percentages', () => {
    expect(parseColour('rgb(32, 33, 36)')).toEqual({ r: 32, g: 33, b: 36, a: 1 });
    expect(parseColour('rgba(255, 255, 255, 0.5)')).toEqual({ r: 255, g: 255, b: 255, a: 0.5 });
    expect(parseColour('rgb(0 128 255 / 25%)')).toEqual({ r: 0, g: 128, b: 255, a: 0.25 });
    expect(parseColour('rgb(100%, 0%, 50%)')).toEqual({ r: 255, g: 0, b: 127.5, a: 1 });
  });

  it('reads color(srgb …), hex and transparent', () => {
    expect(parseColour('color(srgb 1 0.5 0 / 0.8)')).toEqual({ r: 255, g: 127.5, b: 0, a: 0.8 });
    expect(parseColour('#1f1f1f')).toEqual({ r: 31, g: 31, b: 31, a: 1 });
    expect(parseColour('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColour('#00000000')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColour('transparent')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
  });

  it('says nothing about what it cannot read', () => {
    expect(parseColour('')).toBeUndefined();
    expect(parseColour('oklch(0.2 0 0)')).toBeUndefined();
    expect(parseColour('currentcolor')).toBeUndefined();
  });
});

describe('relativeLuminance and the dark threshold', () => {
  it('is 0 for black and 1 for white', () => {
    expect(relativeLuminance({ r: 0, g: 0, b: 0, a: 1 })).toBe(0);
    expect(relativeLuminance({ r: 255, g: 255, b: 255, a: 1 })).toBeCloseTo(1, 10);
  });

  it('calls dark-theme backgrounds dark and light ones light', () => {
    expect(isDarkBackground('rgb(32, 33, 36)')).toBe(true); // Gmail's dark theme
    expect(isDarkBackground('rgb(41, 41, 41)')).toBe(true); // Outlook's dark mode
    expect(isDarkBackground('rgb(119, 119, 119)')).toBe(true); // mid grey: luminance ≈ 0.18
    expect(isDarkBackground('rgb(255, 255, 255)')).toBe(false);
    expect(isDarkBackground('rgb(246, 248, 252)')).toBe(false);
    expect(isDarkBackground('rgb(194, 231, 255)')).toBe(false);
  });

  it('draws the line at a luminance of 0.4', () => {
    expect(DARK_LUMINANCE).toBe(0.4);
    // #aaa is just above 0.4, #a9a9a9 just below.
    expect(relativeLuminance(parseColour('#aaaaaa')!)).toBeGreaterThan(0.4);
    expect(isDarkBackground('#aaaaaa')).toBe(false);
    expect(isDarkBackground('#a9a9a9')).toBe(true);
  });

  it('has no opinion on a transparent or unreadable background', () => {
    expect(isDarkBackground('rgba(0, 0, 0, 0)')).toBeUndefined();
    expect(isDarkBackground('transparent')).toBeUndefined();
    expect(isDarkBackground('')).toBeUndefined();
  });
});

describe('isOnDarkBackground: the first ancestor with a background decides', () => {
  const editorIn = (html: string): HTMLElement => {
    document.body.innerHTML = html;
    return document.querySelector<HTMLElement>('[contenteditable]')!;
  };

  it('finds a dark compose window above a transparent editor', () => {
    const editor = editorIn(
      '<div style="background-color: #202124"><div><div contenteditable="true">Hi</div></div></div>',
    );
    expect(isOnDarkBackground(editor)).toBe(true);
  });

  it('stops at the nearest background: a light editor on a dark page is light', () => {
    document.body.style.backgroundColor = '#111111';
    const editor = editorIn('<div style="background-color: #ffffff"><div contenteditable="true">Hi</div></div>');
    expect(isOnDarkBackground(editor)).toBe(false);
  });

  it("reads the editor's own background first", () => {
    const editor = editorIn(
      '<div style="background-color: #ffffff">' +
        '<div contenteditable="true" style="background-color: #1f1f1f"></div>' +
        '</div>',
    );
    expect(isOnDarkBackground(editor)).toBe(true);
  });

  it('skips transparent ancestors and falls back to light when nothing has a background', () => {
    const editor = editorIn(
      '<div style="background-color: rgba(0, 0, 0, 0)"><div contenteditable="true">Hi</div></div>',
    );
    expect(isOnDarkBackground(editor)).toBe(false);
  });

  it('with no background anywhere, takes light text for a dark page (a picture theme, a dark canvas)', () => {
    const light = editorIn('<div><div contenteditable="true" style="color: rgb(232, 234, 237)">Hi</div></div>');
    expect(isOnDarkBackground(light)).toBe(true);
    const dark = editorIn('<div><div contenteditable="true" style="color: rgb(32, 33, 36)">Hi</div></div>');
    expect(isOnDarkBackground(dark)).toBe(false);
  });

  it('lets a background win over the text colour', () => {
    const editor = editorIn(
      '<div style="background-color: #ffffff"><div contenteditable="true" style="color: #f5f5f5">Hi</div></div>',
    );
    expect(isOnDarkBackground(editor)).toBe(false);
  });

  it('follows a style sheet, not only inline styles', () => {
    const sheet = document.createElement('style');
    sheet.textContent = '.compose { background-color: #242424; }';
    document.head.append(sheet);
    try {
      const editor = editorIn('<div class="compose"><div contenteditable="true">Hi</div></div>');
      expect(isOnDarkBackground(editor)).toBe(true);
    } finally {
      sheet.remove();
    }
  });

  it('looks past a web component to the page it sits on: an editor in a shadow root on a dark page is dark', () => {
    document.body.innerHTML = '<div style="background-color: #202124"><crm-editor></crm-editor></div>';
    const root = document.querySelector('crm-editor')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<div contenteditable="true">Hi</div>';
    expect(isOnDarkBackground(root.querySelector<HTMLElement>('[contenteditable]')!)).toBe(true);
  });
});
