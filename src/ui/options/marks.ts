import type { Finding } from '../../engine/types';

/** A piece of the "Try it" rendering: plain text, or a finding's words (which may hold others). */
export type Piece = string | { finding: Finding; children: Piece[] };

interface Open {
  children: Piece[];
  end: number;
}

/**
 * The text cut into plain slices and findings, nested where one finding lies inside another (a
 * buzzword inside a pitch-first opening). A finding that only partly overlaps an open one is cut
 * at that one's end. Every character of `text` appears exactly once, in order.
 */
export function markText(text: string, findings: readonly Finding[]): Piece[] {
  const sorted = findings
    .filter((f) => f.start >= 0 && f.end <= text.length && f.start < f.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const root: Open = { children: [], end: text.length };
  const stack: Open[] = [root];
  let pos = 0;
  const top = () => stack[stack.length - 1]!;
  const emit = (to: number) => {
    if (to > pos) top().children.push(text.slice(pos, to));
    pos = Math.max(pos, to);
  };
  const close = () => {
    emit(top().end);
    stack.pop();
  };
  for (const finding of sorted) {
    while (stack.length > 1 && top().end <= finding.start) close();
    const start = Math.max(finding.start, pos);
    const end = Math.min(finding.end, top().end);
    if (end <= start) continue;
    emit(start);
    const node = { finding, children: [] as Piece[] };
    top().children.push(node);
    stack.push({ children: node.children, end });
  }
  while (stack.length > 1) close();
  emit(text.length);
  return root.children;
}
