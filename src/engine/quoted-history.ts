/**
 * Plain-text mail carries the thread below the writer's words. Only the writer's own words are
 * judged, so quoted lines, the history after a reply header and the signature are blanked out:
 * replaced by spaces, line breaks kept, so offsets into the result are offsets into the original.
 */
export function blankQuotedHistory(text: string): string {
  const lines = text.split('\n');
  let offset = 0;
  let cutAt = text.length;
  const quoted: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (startsHistory(line, lines, i)) {
      cutAt = offset;
      break;
    }
    if (/^\s*>/.test(line)) quoted.push([offset, offset + line.length]);
    offset += lines[i]!.length + 1;
  }
  if (cutAt === text.length && quoted.length === 0) return text;
  let out = '';
  let last = 0;
  for (const [s, e] of [...quoted, [cutAt, text.length] as [number, number]]) {
    out += text.slice(last, s) + text.slice(s, e).replace(/[^\n\r]/g, ' ');
    last = e;
  }
  return out + text.slice(last);
}

function startsHistory(line: string, lines: string[], i: number): boolean {
  if (/^\s*-{2,}\s*Original Message\s*-{2,}/i.test(line)) return true;
  if (/^-- ?$/.test(line)) return true; // the signature separator
  if (/^\s*On\s.{0,300}\bwrote:\s*$/.test(line)) return true;
  if (/^\s*On\s/.test(line) && /\bwrote:\s*$/.test(lines[i + 1] ?? '')) return true; // header wrapped onto two lines
  if (/^\s*From:\s*\S/.test(line)) {
    return lines.slice(i + 1, i + 5).some((next) => /^\s*(Sent|Date):\s*\S/.test(next));
  }
  return false;
}
