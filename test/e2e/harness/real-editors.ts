import { type EvaluatingPage, run } from './page';

/**
 * The real editors of the editor-<name>.html fixture pages (test/e2e/fixtures/editors), each with
 * the editable root it marks: those the generic adapter serves on a site checking is turned on for.
 * (Classic TinyMCE, in its own frame, is tested apart; Outlook's roosterjs has a page of its own.)
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

/** Resolves once the Outlook fixture's roosterjs editor is ready (fixtures/rooster-entry.ts). */
export const roosterReady = (page: { waitForFunction(fn: () => boolean): Promise<unknown> }) =>
  page.waitForFunction(() => (window as unknown as { roosterReady?: boolean }).roosterReady === true);

/** The roosterjs editor's own model as plain text, one line per paragraph: what Outlook would save and send. */
export const roosterModelText = (page: EvaluatingPage) =>
  run(
    page,
    () => {
      type Node = { blockType?: string; segmentType?: string; text?: string; blocks?: Node[]; segments?: Node[] };
      const editor = (window as unknown as { roosterEditor: { getContentModelCopy(mode: string): Node } })
        .roosterEditor;
      const lines: string[] = [];
      const walk = (block: Node) => {
        if (block.blockType === 'Paragraph')
          lines.push((block.segments ?? []).map((s) => (s.segmentType === 'Text' ? s.text : '')).join(''));
        for (const child of block.blocks ?? []) walk(child);
      };
      walk(editor.getContentModelCopy('clean'));
      return lines.join('\n');
    },
    undefined,
  );
