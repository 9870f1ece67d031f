import { KIND_TABLE, KINDS } from '../engine/kinds';

/**
 * Inline style for the host element. Inline so that a page rule aimed at our tag name cannot
 * move or hide it (page CSS beats `:host`, but not inline `!important`).
 */
export const HOST_STYLE = [
  'all: initial !important',
  'position: fixed !important',
  'inset: 0 auto auto 0 !important',
  'width: 0 !important',
  'height: 0 !important',
  'overflow: visible !important',
  'z-index: 2147483647 !important',
  'pointer-events: none !important',
  'display: block !important',
].join('; ');

/** Each kind's accent, on the card and the list items that carry `data-cf-kind`. */
const kindRules = KINDS.map(
  (kind) => `[data-cf-kind="${kind}"] { --cf-accent: ${KIND_TABLE[kind].highlight.colour}; }`,
).join('\n');

/** Everything inside the shadow root. Our rules cannot leak out, the page's cannot leak in. */
export const OVERLAY_CSS = `
:host {
  all: initial;
  position: fixed;
  inset: 0 auto auto 0;
  width: 0;
  height: 0;
  z-index: 2147483647;
  pointer-events: none;
  display: block;
}
*, *::before, *::after { box-sizing: border-box; }
.cf-root {
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1f2937;
  color-scheme: light;
  -webkit-font-smoothing: antialiased;
  text-align: left;
  letter-spacing: normal;
  text-transform: none;
  direction: ltr;
}
${kindRules}
button {
  font: inherit;
  color: inherit;
  margin: 0;
  cursor: pointer;
  text-transform: none;
  letter-spacing: normal;
}
button:focus { outline: none; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }

/* ---- card ---- */
.cf-card {
  position: fixed;
  left: 0;
  top: 0;
  pointer-events: auto;
  width: max-content;
  min-width: 200px;
  max-width: min(360px, calc(100vw - 16px));
  max-height: calc(100vh - 16px);
  overflow: auto;
  background: #ffffff;
  color: #1f2937;
  border: 1px solid #e5e7eb;
  border-top: 3px solid var(--cf-accent, #475569);
  border-radius: 8px;
  box-shadow: 0 6px 20px rgba(15, 23, 42, 0.18), 0 1px 3px rgba(15, 23, 42, 0.12);
  padding: 10px 12px 12px;
}
.cf-card.cf-hint { border-top-color: #cbd5e1; border-top-style: dashed; }
.cf-title { margin: 0 0 4px; font-weight: 600; overflow-wrap: anywhere; }
.cf-kind { color: var(--cf-accent, #475569); }
.cf-hint .cf-kind { color: #475569; font-weight: 500; }
.cf-found { color: #111827; font-weight: 500; }
.cf-message { margin: 0 0 10px; white-space: pre-wrap; overflow-wrap: anywhere; }
.cf-hint .cf-message { color: #4b5563; }
.cf-suggestions { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 10px; }
.cf-suggestions:empty { display: none; }
.cf-suggestion {
  display: inline-block;
  max-width: 100%;
  padding: 4px 10px;
  border-radius: 6px;
  border: 1px solid var(--cf-accent, #475569);
  background: #ffffff;
  color: #111827;
  font-weight: 500;
  text-align: left;
  overflow-wrap: anywhere;
}
.cf-suggestion:hover { background: #f8fafc; }
.cf-hint .cf-suggestion { border-color: #cbd5e1; font-weight: 400; }
.cf-actions { display: flex; flex-wrap: wrap; gap: 4px 12px; border-top: 1px solid #f1f5f9; padding-top: 8px; }
.cf-link {
  padding: 2px 0;
  border: 0;
  background: none;
  color: #374151;
  font-size: 12px;
  text-decoration: underline;
  text-decoration-color: #cbd5e1;
  text-underline-offset: 2px;
}
.cf-link:hover { color: #111827; text-decoration-color: currentColor; }
.cf-locked { padding: 2px 0; color: #6b7280; font-size: 12px; }

/* ---- badge ---- */
.cf-badge {
  position: fixed;
  left: 0;
  top: 0;
  pointer-events: auto;
  min-width: 24px;
  height: 24px;
  padding: 0 7px;
  border-radius: 12px;
  border: 1px solid #1e293b;
  background: #1e293b;
  color: #ffffff;
  font-size: 12px;
  font-weight: 600;
  line-height: 22px;
  text-align: center;
  box-shadow: 0 1px 4px rgba(15, 23, 42, 0.3);
  white-space: nowrap;
}
.cf-badge[hidden] { display: none; }
.cf-badge.cf-zero { background: #ffffff; color: #475569; border-color: #cbd5e1; }
.cf-badge.cf-paused { background: #f1f5f9; color: #475569; border-color: #94a3b8; font-weight: 500; }

/* ---- findings list ---- */
.cf-panel {
  position: fixed;
  left: 0;
  top: 0;
  pointer-events: auto;
  width: 300px;
  max-width: calc(100vw - 16px);
  max-height: min(360px, calc(100vh - 16px));
  display: flex;
  flex-direction: column;
  background: #ffffff;
  color: #1f2937;
  border: 1px solid #e5e7eb;
  border-radius: 8px;
  box-shadow: 0 6px 20px rgba(15, 23, 42, 0.18), 0 1px 3px rgba(15, 23, 42, 0.12);
}
.cf-panel-head { padding: 8px 12px; font-weight: 600; border-bottom: 1px solid #f1f5f9; }
.cf-list { list-style: none; margin: 0; padding: 4px; overflow: auto; flex: 1 1 auto; }
.cf-item {
  display: flex;
  gap: 8px;
  align-items: baseline;
  width: 100%;
  padding: 5px 8px;
  border: 0;
  border-radius: 6px;
  background: none;
  text-align: left;
}
.cf-item:hover { background: #f1f5f9; }
.cf-item .cf-kind { flex: none; font-size: 12px; font-weight: 600; }
.cf-item .cf-found { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
.cf-empty { margin: 0; padding: 8px 12px; color: #4b5563; }
.cf-note { margin: 0; padding: 6px 12px 0; color: #4b5563; font-size: 12px; }
.cf-more { padding: 5px 8px; color: #4b5563; font-size: 12px; }
.cf-panel-foot { padding: 6px 12px 8px; border-top: 1px solid #f1f5f9; }
`;
