import SR_ONLY_CSS from './sr-only.css?inline';

/**
 * Styles of the notes with Undo, the report form, the ignored list and the live region (hidden
 * with sr-only.css, which the popup imports too). Colours are the theme's custom properties
 * (styles.ts), with light fallbacks.
 */
export const ACTION_CSS = `
.cf-notice {
  position: fixed;
  left: 0;
  top: 0;
  pointer-events: auto;
  display: flex;
  align-items: center;
  gap: 10px;
  max-width: min(360px, calc(100vw - 16px));
  padding: 8px 10px 8px 12px;
  background: var(--cf-surface, #fff);
  color: var(--cf-text, #1f2937);
  border: 1px solid var(--cf-divider, #e5e7eb);
  border-radius: 8px;
  box-shadow: 0 6px 20px var(--cf-shadow, rgba(0, 0, 0, 0.15));
}
.cf-notice-text { flex: 1 1 auto; overflow-wrap: anywhere; }
.cf-dismiss { font-size: 16px; line-height: 1; text-decoration: none; padding: 0 2px; }
.cf-shortcut { margin: 8px 0 0; color: var(--cf-text-muted, #4b5563); font-size: 12px; }
.cf-panel-shortcut { margin: 0; padding: 6px 12px 0; color: var(--cf-text-muted, #4b5563); font-size: 12px; }
.cf-report { margin-top: 8px; padding-top: 8px; border-top: 1px solid var(--cf-divider-soft, #f1f5f9); }
.cf-report-note { margin: 0 0 6px; font-size: 12px; color: var(--cf-text-muted, #4b5563); }
.cf-report-check { display: block; margin-bottom: 8px; font-size: 12px; cursor: pointer; }
.cf-report-buttons { display: flex; gap: 12px; align-items: center; }
.cf-ignored { margin: 0; padding: 6px 12px; border-top: 1px solid var(--cf-divider-soft, #f1f5f9); font-size: 12px; }
.cf-ignored-head { margin: 0 0 2px; color: var(--cf-text-muted, #4b5563); }
.cf-ignored ul { list-style: none; margin: 0; padding: 0; max-height: 96px; overflow: auto; }
.cf-ignored li { display: flex; gap: 8px; justify-content: space-between; align-items: baseline; }
.cf-show-more { margin: 2px 8px 4px; }
${SR_ONLY_CSS}`;
