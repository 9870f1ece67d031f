import { composedParent } from '../markup/tree-scope';
/**
 * Whether an editor is dark, so its highlights can use the lighter colours: the kinds' usual
 * underlines are too dark to read on a dark compose window (a dark theme, a dark-mode site).
 */

/** Below this relative luminance a background counts as dark (white is 1, black 0). */
export const DARK_LUMINANCE = 0.4;

/** An sRGB colour, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?%?`;
/** `rgb(1, 2, 3)`, `rgba(1, 2, 3, 0.5)`, `rgb(1 2 3 / 50%)`: what getComputedStyle gives. */
const RGB = new RegExp(
  String.raw`^rgba?\(\s*(${NUMBER})[\s,]+(${NUMBER})[\s,]+(${NUMBER})(?:\s*[,/]\s*(${NUMBER}))?\s*\)$`,
  'i',
);
/** `color(srgb 0.1 0.2 0.3 / 0.5)`: how newer browsers report some specified colours. */
const SRGB = new RegExp(
  String.raw`^color\(\s*srgb\s+(${NUMBER})\s+(${NUMBER})\s+(${NUMBER})(?:\s*/\s*(${NUMBER}))?\s*\)$`,
  'i',
);
const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** A channel value; `scale` is what 100% stands for (255 for rgb(), 1 for alpha and color()). */
function channel(value: string | undefined, scale: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number.parseFloat(value);
  return value.endsWith('%') ? (n / 100) * scale : n;
}

function fromHex(digits: string): Rgba {
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
  const byte = (i: number) => Number.parseInt(full.slice(i * 2, i * 2 + 2), 16);
  return { r: byte(0), g: byte(1), b: byte(2), a: full.length === 8 ? byte(3) / 255 : 1 };
}

/** A computed colour as numbers; undefined for keywords and notations this does not read. */
export function parseColour(css: string): Rgba | undefined {
  const text = css.trim();
  if (text.toLowerCase() === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = HEX.exec(text);
  if (hex) return fromHex(hex[1]!);
  const rgb = RGB.exec(text);
  if (rgb) {
    const [, r, g, b, a] = rgb;
    return { r: channel(r, 255, 0), g: channel(g, 255, 0), b: channel(b, 255, 0), a: channel(a, 1, 1) };
  }
  const srgb = SRGB.exec(text);
  if (srgb) {
    const [, r, g, b, a] = srgb;
    return { r: channel(r, 1, 0) * 255, g: channel(g, 1, 0) * 255, b: channel(b, 1, 0) * 255, a: channel(a, 1, 1) };
  }
  return undefined;
}

/** WCAG relative luminance of an sRGB colour: 0 for black, 1 for white. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (c: number) => {
    const s = Math.min(Math.max(c, 0), 255) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Whether a background colour is dark; undefined when it is transparent or unreadable, so says nothing. */
export function isDarkBackground(css: string): boolean | undefined {
  const colour = parseColour(css);
  if (!colour || colour.a === 0) return undefined;
  return relativeLuminance(colour) < DARK_LUMINANCE;
}

/** Above this relative luminance a text colour counts as light: only readable on a dark background. */
const LIGHT_TEXT_LUMINANCE = 0.5;

/**
 * Whether the editor shows on a dark background: the first element from the editor up whose
 * background is not transparent decides. The card and count badge of its compose follow it too.
 * With none at all (a theme that paints a picture, or the browser's own dark canvas, behind
 * transparent boxes) the editor's text colour decides: light text is written on a dark page.
 */
export function isOnDarkBackground(editor: Element): boolean {
  const view = editor.ownerDocument.defaultView;
  if (!view) return false;
  for (let el: Element | null = editor; el; el = composedParent(el)) {
    const dark = isDarkBackground(view.getComputedStyle(el).backgroundColor);
    if (dark !== undefined) return dark;
  }
  const text = parseColour(view.getComputedStyle(editor).color);
  return text !== undefined && text.a > 0 && relativeLuminance(text) > LIGHT_TEXT_LUMINANCE;
}
