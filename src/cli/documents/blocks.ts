import { type Block, blockPlaces, type CheckedDocument } from './document';

/**
 * A word-processor document (docx, odt) as blocks: each paragraph, heading, list item and table
 * cell is its own, separated by a blank line so that no sentence runs from a heading into its
 * paragraph. Blocks are named as a reader finds them: "paragraph 14" counts the paragraphs outside
 * tables (headings and list items included), "table 2, row 3, cell 1" the cells.
 */
export class BlockDocumentWriter {
  private readonly chunks: string[] = [];
  private readonly blocks: Block[] = [];
  private length = 0;
  private paragraphs = 0;
  private tables = 0;
  private row = 0;
  private cell = 0;

  paragraph(text: string): void {
    this.paragraphs++;
    this.write(`paragraph ${this.paragraphs}`, text);
  }

  startTable(): void {
    this.tables++;
    this.row = 0;
  }

  startRow(): void {
    this.row++;
    this.cell = 0;
  }

  /** A cell's text; its paragraphs are joined by line breaks into one block. */
  tableCell(text: string): void {
    this.cell++;
    this.write(`table ${this.tables}, row ${this.row}, cell ${this.cell}`, text);
  }

  private write(label: string, text: string): void {
    const prose = text.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (prose === '') return;
    if (this.length > 0) {
      this.chunks.push('\n\n');
      this.length += 2;
    }
    this.blocks.push({ label, start: this.length, end: this.length + prose.length });
    this.chunks.push(prose);
    this.length += prose.length;
  }

  build(): CheckedDocument {
    const text = this.chunks.join('');
    return { text, genre: 'document', reply: false, place: blockPlaces(text, this.blocks) };
  }
}
