// What every card test starts from: the card's place and its handlers, each a fresh spy.
import { vi } from 'vitest';
import type { Box, CardModel } from '../../src/ui/overlay-model';

export const anchor: Box = { left: 100, top: 100, width: 60, height: 16 };

/** A card's model without its finding: anchored at `anchor`, not focused, every handler a spy. */
export const cardBasics = (): Omit<CardModel, 'finding'> => ({
  anchor,
  focus: false,
  onApply: vi.fn(),
  onIgnore: vi.fn(),
  onDisableRule: vi.fn(),
  onClose: vi.fn(),
  onPointerEnter: vi.fn(),
});
