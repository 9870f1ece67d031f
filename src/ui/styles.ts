import { KIND_TABLE, KINDS } from '../engine/kinds';
import THEME_CSS from './theme.css?inline';

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

/** Each kind's accent, on the card and the list items that carry `data-cf-kind`: its underline's, light or dark. */
const kindRules = KINDS.map((kind) => {
  const { colour, darkColour } = KIND_TABLE[kind].highlight;
  return `[data-cf-kind="${kind}"] { --cf-accent: light-dark(${colour}, ${darkColour}); }`;
}).join('\n');

/**
 * Everything inside the shadow root. Our rules cannot leak out, the page's cannot leak in. The
 * colours are theme.css's custom properties: light, and dark inside a `data-cf-theme="dark"`
 * wrapper (a card or badge of a compose whose editor is dark).
 */
export const OVERLAY_CSS = `
${THEME_CSS}
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
  color: var(--cf-text);
  color-scheme: light;
  -webkit-font-smoothing: antialiased;
  text-align: left;
  letter-spacing: normal;
  text-transform: none;
  direction: ltr;
}
${kindRules}
/* One per card and per badge: display: contents, so it adds no box; it only sets the scheme. */
.cf-theme { display: contents; color-scheme: light; }
.cf-theme[data-cf-theme="dark"] { color-scheme: dark; }
button {
  font: inherit;
  color: inherit;
  margin: 0;
  cursor: pointer;
  text-transform: none;
  letter-spacing: normal;
}
button:focus { outline: none; }
button:focus-visible { outline: 2px solid var(--cf-focus); outline-offset: 2px; }

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
  background: var(--cf-surface);
  color: var(--cf-text);
  border: 1px solid var(--cf-divider);
  border-top: 3px solid var(--cf-accent, var(--cf-control-edge));
  border-radius: 8px;
  box-shadow: 0 6px 20px var(--cf-shadow), 0 1px 3px var(--cf-shadow-near);
  padding: 10px 12px 12px;
}
.cf-card.cf-hint { border-top-color: var(--cf-control-edge); border-top-style: dashed; }
.cf-title { margin: 0 0 4px; font-weight: 600; overflow-wrap: anywhere; }
.cf-kind { color: var(--cf-accent, var(--cf-text-muted)); }
.cf-hint .cf-kind { color: var(--cf-text-muted); font-weight: 500; }
.cf-found { color: var(--cf-text-strong); font-weight: 500; }
.cf-message { margin: 0 0 10px; white-space: pre-wrap; overflow-wrap: anywhere; }
.cf-hint .cf-message { color: var(--cf-text-muted); }
.cf-suggestions { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 10px; }
.cf-suggestions:empty { display: none; }
.cf-suggestion {
  display: inline-block;
  max-width: 100%;
  padding: 4px 10px;
  border-radius: 6px;
  border: 1px solid var(--cf-accent, var(--cf-control-edge));
  background: var(--cf-surface);
  color: var(--cf-text-strong);
  font-weight: 500;
  text-align: left;
  overflow-wrap: anywhere;
}
.cf-suggestion:hover { background: var(--cf-surface-hover); }
.cf-hint .cf-suggestion { border-color: var(--cf-control-edge); font-weight: 400; }
.cf-option { display: contents; }
.cf-option-full { display: block; flex-basis: 100%; }
.cf-preview {
  margin: 4px 0 0;
  padding: 2px 0 2px 8px;
  /* A long rewrite (a whole opening) scrolls inside its own box: the card stays a card. */
  max-height: 7em;
  overflow-y: auto;
  border-left: 2px solid var(--cf-accent, var(--cf-control-edge));
  color: var(--cf-text);
  font-size: 12px;
  line-height: 1.4;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
.cf-kept { color: var(--cf-text-muted); font-style: italic; }
.cf-blank { padding: 0 2px; border-radius: 3px; background: var(--cf-surface-hover); color: inherit; font-weight: 600; }
.cf-actions {
  display: flex;
  flex-wrap: wrap;
  gap: 4px 12px;
  border-top: 1px solid var(--cf-divider-soft);
  padding-top: 8px;
}
.cf-link {
  padding: 2px 0;
  border: 0;
  background: none;
  color: var(--cf-text);
  font-size: 12px;
  text-decoration: underline;
  text-decoration-color: var(--cf-control-edge);
  text-underline-offset: 2px;
}
.cf-link:hover { color: var(--cf-text-strong); text-decoration-color: currentColor; }
.cf-locked { padding: 2px 0; color: var(--cf-text-muted); font-size: 12px; }

/* ---- badge: the count, with the connection meter before it; placed as one ---- */
.cf-bar {
  position: fixed;
  left: 0;
  top: 0;
  pointer-events: auto;
  display: flex;
  align-items: center;
  gap: 4px;
}
.cf-meter {
  display: flex;
  align-items: center;
  gap: 2px;
  height: 24px;
  margin: 0;
  padding: 0 3px;
  list-style: none;
  border-radius: 12px;
  border: 1px solid var(--cf-control-edge);
  background: var(--cf-surface);
  color: var(--cf-text);
  box-shadow: 0 1px 4px var(--cf-shadow);
  font-size: 12px;
  line-height: 18px;
  white-space: nowrap;
}
.cf-stat { padding: 0 5px; background: var(--cf-surface); color: var(--cf-text); }
.cf-stat + .cf-stat { border-left: 1px solid var(--cf-divider); }
/* Off its target: the warning colours, an arrow and a hidden reason (see Meter.tsx), not colour alone. */
.cf-stat.cf-off {
  background: var(--cf-warning-bg);
  color: var(--cf-warning-text);
  font-weight: 600;
  border-radius: 9px;
}
.cf-badge {
  position: relative;
  min-width: 24px;
  height: 24px;
  padding: 0 7px;
  border-radius: 12px;
  border: 1px solid var(--cf-primary);
  background: var(--cf-primary);
  color: var(--cf-primary-text);
  font-size: 12px;
  font-weight: 600;
  line-height: 22px;
  text-align: center;
  box-shadow: 0 1px 4px var(--cf-shadow);
  white-space: nowrap;
}
.cf-badge[hidden] { display: none; }
/* No dark fill to stand out by: the edge must (at least 3:1 on the compose's background). */
.cf-badge.cf-zero { background: var(--cf-surface); color: var(--cf-text-muted); border-color: var(--cf-control-edge); }
.cf-badge.cf-paused {
  background: var(--cf-surface-hover);
  color: var(--cf-text-muted);
  border-color: var(--cf-control-edge);
  font-weight: 500;
}

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
  background: var(--cf-surface);
  color: var(--cf-text);
  border: 1px solid var(--cf-divider);
  border-radius: 8px;
  box-shadow: 0 6px 20px var(--cf-shadow), 0 1px 3px var(--cf-shadow-near);
}
.cf-panel-head { padding: 8px 12px; font-weight: 600; border-bottom: 1px solid var(--cf-divider-soft); }
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
.cf-item:hover { background: var(--cf-surface-hover); }
.cf-item .cf-kind { flex: none; font-size: 12px; font-weight: 600; }
.cf-item .cf-found { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
.cf-empty { margin: 0; padding: 8px 12px; color: var(--cf-text-muted); }
.cf-note { margin: 0; padding: 6px 12px 0; color: var(--cf-text-muted); font-size: 12px; }
.cf-more { padding: 5px 8px; color: var(--cf-text-muted); font-size: 12px; }
.cf-panel-foot { padding: 6px 12px 8px; border-top: 1px solid var(--cf-divider-soft); }
`;
