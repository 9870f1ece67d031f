import type { FindingKind } from '../engine';
import { isKind, KIND_TABLE } from '../engine/kinds';

/** The kind in words, as in a card's title or a list of findings; a kind this build does not know, as it is. */
export const kindLabel = (kind: string): string => (isKind(kind) ? KIND_TABLE[kind].label : kind);

/**
 * Inline custom properties that dress an element in its kind's highlight: `--cf-accent` (colour:
 * the light or the dark editor's, by the element's colour scheme), `--cf-line` (underline style)
 * and `--cf-tint` (wash). Set inline, so no stylesheet names a kind.
 */
export function kindStyle(kind: FindingKind): Record<string, string> {
  const { colour, darkColour, line, tint } = KIND_TABLE[kind].highlight;
  return { '--cf-accent': `light-dark(${colour}, ${darkColour})`, '--cf-line': line, '--cf-tint': tint };
}
