import { type EvaluatingPage, run } from './page';

/**
 * The real editors of the editor-<name>.html fixture pages (test/e2e/fixtures/editors), each with
 * the editable root it marks: those the generic adapter serves on a site checking is turned on for.
 * (Classic TinyMCE, in its own frame, is tested apart.)
 */
export const REAL_EDITORS = {
  ckeditor: '.ck-editor__editable',
  quill: '.ql-editor',
  prosemirror: '.ProseMirror',
  lexical: '[data-lexical-editor="true"]',
  draftjs: '.public-DraftEditor-content',
  slate: '[data-slate-editor="true"]',
  trix: 'trix-editor',
  'tinymce-inline': '#editor',
} as const;

/** The editor's text from its own model (the fixture's window.cfEditor; see fixtures/editors/api.ts). */
export const modelText = (page: EvaluatingPage) =>
  run(page, () => (window as unknown as { cfEditor: { text(): string } }).cfEditor.text(), undefined);

/** Resolves once the fixture's editor is ready to take input (see fixtures/editors/api.ts). */
export const editorReady = (page: { waitForFunction(fn: () => boolean): Promise<unknown> }) =>
  page.waitForFunction(() => (window as unknown as { cfEditor?: { ready: boolean } }).cfEditor?.ready === true);
