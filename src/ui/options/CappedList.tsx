/**
 * Lines of errors or changes as a list, at most `LINES_SHOWN` of them, then "and 248,900 more". A
 * list can hold anything a file or a server sent: 249,000 bad lines rendered as 249,000 items froze
 * the page for half a minute.
 */
export const LINES_SHOWN = 20;

interface Props {
  lines: readonly string[];
  /** `data-cf` of the list and of each shown line (the "and N more" line has `more`). */
  cf?: string;
  itemCf?: string;
  class?: string;
}

export function CappedList({ lines, cf, itemCf, class: className }: Props) {
  const rest = lines.length - LINES_SHOWN;
  return (
    <ul class={className} data-cf={cf}>
      {lines.slice(0, LINES_SHOWN).map((line, i) => (
        <li key={i} data-cf={itemCf}>
          {line}
        </li>
      ))}
      {rest > 0 && (
        <li class="more muted" data-cf="more">
          and {rest.toLocaleString('en-US')} more
        </li>
      )}
    </ul>
  );
}
