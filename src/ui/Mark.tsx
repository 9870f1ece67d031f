/**
 * The front bubble of the extension's icon (assets/icon.svg), with its three dots cut out, drawn in
 * the text colour so it reads on every badge state. Inline SVG: a mail site's image policy cannot
 * block it, and it needs no file exposed to the page.
 */
export const MARK_BUBBLE =
  'M34 42H70A18 18 0 0 1 88 60V76A18 18 0 0 1 70 94H44L22 112L25 91.6A18 18 0 0 1 16 76V60A18 18 0 0 1 34 42Z';

const DOT = (cx: number) => `M${cx - 6} 68a6 6 0 1 0 12 0a6 6 0 1 0-12 0Z`;

export function Mark() {
  return (
    <svg
      class="cf-mark"
      viewBox="14 40 76 74"
      width="12"
      height="12"
      aria-hidden="true"
      focusable="false"
      style={{ verticalAlign: '-2px', marginRight: '3px' }}
    >
      <path fill="currentColor" fill-rule="evenodd" d={`${MARK_BUBBLE}${DOT(36)}${DOT(52)}${DOT(68)}`} />
    </svg>
  );
}
