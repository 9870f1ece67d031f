import type { Box } from './overlay-model';

/** A box as a string, to tell cheaply whether it moved or resized since the last placing. */
export const boxKey = (b: Box): string => `${b.left},${b.top},${b.width},${b.height}`;

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  left: number;
  top: number;
}

/** Distance kept from the viewport's edges. */
const VIEWPORT_MARGIN = 8;
/** Gap between a highlight and its card. */
const CARD_GAP = 6;
/** How far inside the compose window's bottom-right corner the badge sits. */
const BADGE_INSET = 8;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/** Clamps a start coordinate so that `[start, start + length]` stays inside `[margin, extent - margin]`. */
function clampAxis(start: number, length: number, extent: number, margin = VIEWPORT_MARGIN): number {
  // Too big to fit: pin to the start edge so the beginning (title, first button) stays visible.
  if (length > extent - 2 * margin) return Math.max(0, Math.min(margin, extent - length));
  return clamp(start, margin, extent - margin - length);
}

/**
 * Where a popup goes next to `anchor`: on the `prefer`red side if it fits, else on the other side
 * if that fits, else on whichever side has more room (clamped into the viewport). Horizontally it
 * starts at the anchor's left edge (`align: 'start'`) or ends at its right edge (`'end'`), and is
 * clamped so that it stays fully on screen.
 */
function placeNear(
  anchor: Box,
  size: Size,
  viewport: Size,
  {
    prefer = 'below',
    align = 'start',
    gap = CARD_GAP,
  }: { prefer?: 'below' | 'above'; align?: 'start' | 'end'; gap?: number } = {},
): Point {
  const below = anchor.top + anchor.height + gap;
  const above = anchor.top - gap - size.height;
  const fitsBelow = below + size.height <= viewport.height - VIEWPORT_MARGIN;
  const fitsAbove = above >= VIEWPORT_MARGIN;
  let top: number;
  if (prefer === 'below' && fitsBelow) top = below;
  else if (fitsAbove) top = above;
  else if (fitsBelow) top = below;
  else {
    const roomBelow = viewport.height - (anchor.top + anchor.height);
    top = roomBelow >= anchor.top ? below : above;
  }
  const start = align === 'start' ? anchor.left : anchor.left + anchor.width - size.width;
  return {
    left: Math.round(clampAxis(start, size.width, viewport.width)),
    top: Math.round(clampAxis(top, size.height, viewport.height)),
  };
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/**
 * The explanation card: below the highlight with a small gap, above it if it does not fit below.
 * `avoid` holds what the card should leave visible (the line of text after the highlight, the
 * compose window's send bar): the card goes below the highlight, above it, or below the nearest
 * of those boxes under the highlight, the first of them that fits on screen and covers none of
 * them; when none does, where it fits best as if there were nothing to avoid.
 */
export function placeCard(anchor: Box, size: Size, viewport: Size, avoid: readonly Box[] = []): Point {
  const fallback = placeNear(anchor, size, viewport, { prefer: 'below', align: 'start' });
  if (avoid.length === 0) return fallback;
  const left = Math.round(clampAxis(anchor.left, size.width, viewport.width));
  const anchorBottom = anchor.top + anchor.height;
  const under = avoid.filter((b) => b.top >= anchorBottom - 1).sort((a, b) => a.top - b.top);
  const tops = [
    anchorBottom + CARD_GAP,
    anchor.top - CARD_GAP - size.height,
    ...under.map((b) => b.top + b.height + CARD_GAP),
  ];
  for (const top of tops) {
    const box = { left, top, width: size.width, height: size.height };
    const onScreen = top >= VIEWPORT_MARGIN && top + size.height <= viewport.height - VIEWPORT_MARGIN;
    if (onScreen && !overlaps(box, anchor) && !avoid.some((b) => overlaps(box, b)))
      return { left, top: Math.round(top) };
  }
  return fallback;
}

/**
 * The badge: inside the bottom-right corner of the part of the compose window that is on screen,
 * or, `below` (a field a few lines high, where it would cover the words), just under the field's
 * bottom-right corner, outside it, while that fits on screen. `undefined` when no part of the
 * compose window is on screen (the badge is hidden then).
 */
export function placeBadge(anchor: Box, size: Size, viewport: Size, below = false): Point | undefined {
  const right = Math.min(anchor.left + anchor.width, viewport.width);
  const bottom = Math.min(anchor.top + anchor.height, viewport.height);
  const left = Math.max(anchor.left, 0);
  const top = Math.max(anchor.top, 0);
  if (right <= left || bottom <= top) return undefined;
  const underneath = anchor.top + anchor.height + BADGE_INSET;
  return {
    left: Math.round(clampAxis(right - BADGE_INSET - size.width, size.width, viewport.width)),
    top:
      below && underneath + size.height <= viewport.height
        ? Math.round(underneath)
        : Math.round(clampAxis(bottom - BADGE_INSET - size.height, size.height, viewport.height)),
  };
}

/** The findings list: above the badge, right edges aligned; below it if there is no room above. */
export function placePanel(badge: Box, size: Size, viewport: Size): Point {
  return placeNear(badge, size, viewport, { prefer: 'above', align: 'end', gap: 6 });
}

/** The viewport's size in CSS pixels, without scrollbars where the document can tell. */
export function viewportOf(doc: Document): Size {
  const win = doc.defaultView;
  const root = doc.documentElement;
  const innerWidth = win?.innerWidth ?? root.clientWidth;
  const innerHeight = win?.innerHeight ?? root.clientHeight;
  // In standards mode the root's client size is the viewport minus scrollbars (in quirks mode it
  // is the root element's own size, so it says nothing about the viewport).
  const standards = doc.compatMode === 'CSS1Compat';
  return {
    width: standards && root.clientWidth > 0 ? Math.min(innerWidth, root.clientWidth) : innerWidth,
    height: standards && root.clientHeight > 0 ? Math.min(innerHeight, root.clientHeight) : innerHeight,
  };
}
