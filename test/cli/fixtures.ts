import JSZip from 'jszip';

// Real word-processor files, built in code so a test shows the markup it reads. Each is the least
// a reader needs: Word and LibreOffice write much more, none of which changes the prose.

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// ---- Word (.docx): WordprocessingML ----

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOCUMENT_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

const REVISION = 'w:author="Reviewer" w:date="2024-05-01T10:00:00Z"';

/** A run of text. */
export const wR = (text: string) => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

/**
 * A paragraph of plain text; `style` is a paragraph style's id ("Heading1"), `listLevel` makes it a
 * bulleted list item at that depth (0 the outermost), `breakDeleted` tracks the deletion of its
 * paragraph mark, which joins it to the next paragraph.
 */
export function wP(text: string, options: { style?: string; listLevel?: number; breakDeleted?: boolean } = {}): string {
  const style = options.style ? `<w:pStyle w:val="${options.style}"/>` : '';
  const list =
    options.listLevel === undefined
      ? ''
      : `<w:numPr><w:ilvl w:val="${options.listLevel}"/><w:numId w:val="1"/></w:numPr>`;
  const mark = options.breakDeleted ? `<w:rPr><w:del w:id="90" ${REVISION}/></w:rPr>` : '';
  const properties = style || list || mark ? `<w:pPr>${style}${list}${mark}</w:pPr>` : '';
  return `<w:p>${properties}${wR(text)}</w:p>`;
}

/** A paragraph of runs made with `wR`, `wIns`, `wDel`, `wCommented` and `wFootnoteReference`. */
export const wRuns = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

/** A line break and a tab: runs for `wRuns`. */
export const wBreak = '<w:r><w:br/></w:r>';
export const wTab = '<w:r><w:tab/></w:r>';

/** A table; each cell is its body XML (at least one `wP`, as Word requires). */
export const wTable = (rows: string[][]) =>
  `<w:tbl><w:tblGrid/>${rows.map((cells) => `<w:tr>${cells.map((cell) => `<w:tc>${cell}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;

/** Text inserted with track changes on: the document's current text. */
export const wIns = (id: number, text: string) => `<w:ins w:id="${id}" ${REVISION}>${wR(text)}</w:ins>`;

/** Text deleted with track changes on: still in the file, no longer in the document. */
export const wDel = (id: number, text: string) =>
  `<w:del w:id="${id}" ${REVISION}><w:r><w:delText xml:space="preserve">${escapeXml(text)}</w:delText></w:r></w:del>`;

/** Text a comment is anchored to, and the reference Word puts after it. */
export const wCommented = (id: number, text: string) =>
  `<w:commentRangeStart w:id="${id}"/>${wR(text)}<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;

/** A comment's body, for `makeDocx`'s `comments`. */
export const wComment = (id: number, text: string) =>
  `<w:comment w:id="${id}" ${REVISION} w:initials="R">${wP(text)}</w:comment>`;

/** The superscript number citing footnote `id`. */
export const wFootnoteReference = (id: number) => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;

/** A footnote's body, for `makeDocx`'s `footnotes`. */
export const wFootnote = (id: number, text: string) => `<w:footnote w:id="${id}">${wP(text)}</w:footnote>`;

// Bullets at two levels, for `wP`'s list items (numId 1).
const NUMBERING = `<w:numbering xmlns:w="${W}">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
<w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="◦"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`;

/** A .docx: `body` is the inner XML of `<w:body>`, `comments` and `footnotes` of their parts. */
export async function makeDocx(parts: { body: string; comments?: string; footnotes?: string }): Promise<Uint8Array> {
  const related = [
    { name: 'numbering', xml: NUMBERING },
    parts.comments !== undefined && {
      name: 'comments',
      xml: `<w:comments xmlns:w="${W}">${parts.comments}</w:comments>`,
    },
    parts.footnotes !== undefined && {
      name: 'footnotes',
      xml: `<w:footnotes xmlns:w="${W}">${parts.footnotes}</w:footnotes>`,
    },
  ].filter((part) => part !== false);

  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="${WORD_TYPE}.document.main+xml"/>
${related.map(({ name }) => `<Override PartName="/word/${name}.xml" ContentType="${WORD_TYPE}.${name}+xml"/>`).join('\n')}
</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">
<Relationship Id="rId1" Type="${DOCUMENT_RELATIONSHIP}/officeDocument" Target="word/document.xml"/>
</Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">
${related.map(({ name }, i) => `<Relationship Id="rId${i + 1}" Type="${DOCUMENT_RELATIONSHIP}/${name}" Target="${name}.xml"/>`).join('\n')}
</Relationships>`,
  );
  zip.file(
    'word/document.xml',
    `${XML_DECLARATION}<w:document xmlns:w="${W}"><w:body>${parts.body}</w:body></w:document>`,
  );
  for (const { name, xml } of related) zip.file(`word/${name}.xml`, `${XML_DECLARATION}${xml}`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

// ---- OpenDocument text (.odt) ----

const ODT_TYPE = 'application/vnd.oasis.opendocument.text';
const NAMESPACES = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  draw: 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
  svg: 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
  dc: 'http://purl.org/dc/elements/1.1/',
  xlink: 'http://www.w3.org/1999/xlink',
};

/** A paragraph; `content` is inline XML (text, `<text:span>`, `<text:s/>`, ...) as written. */
export const tP = (content: string) => `<text:p>${content}</text:p>`;

/** A heading at `level` (1 the outermost). */
export const tH = (text: string, level = 1) => `<text:h text:outline-level="${level}">${escapeXml(text)}</text:h>`;

/** A list; each item is its body XML (`tP`s, a nested `tList`). */
export const tList = (items: string[]) =>
  `<text:list>${items.map((item) => `<text:list-item>${item}</text:list-item>`).join('')}</text:list>`;

/**
 * A table; each cell is its body XML, or null where a cell merged into the one before covers it.
 * The first `headerRows` rows repeat on each page.
 */
export function tTable(rows: (string | null)[][], headerRows = 0): string {
  const cell = (body: string | null) =>
    body === null ? '<table:covered-table-cell/>' : `<table:table-cell>${body}</table:table-cell>`;
  const row = (cells: (string | null)[]) => `<table:table-row>${cells.map(cell).join('')}</table:table-row>`;
  const header =
    headerRows > 0
      ? `<table:table-header-rows>${rows.slice(0, headerRows).map(row).join('')}</table:table-header-rows>`
      : '';
  return `<table:table table:name="Table1"><table:table-column/>${header}${rows.slice(headerRows).map(row).join('')}</table:table>`;
}

/** A comment on `text`: inline XML for `tP`. */
export const tAnnotated = (name: string, text: string, comment: string) =>
  `<office:annotation office:name="${name}"><dc:creator>Reviewer</dc:creator><text:p>${escapeXml(comment)}</text:p></office:annotation>${escapeXml(text)}<office:annotation-end office:name="${name}"/>`;

/** The tracked changes' regions, which go first in the body: `tDeletion`s' and `tInsertion`s'. */
export const tTrackedChanges = (...regions: string[]) =>
  `<text:tracked-changes>${regions.join('')}</text:tracked-changes>`;

const changeInfo = '<office:change-info><dc:creator>Reviewer</dc:creator></office:change-info>';

/**
 * Text deleted with track changes on: its region keeps the text so that the deletion can be
 * rejected, and `mark` (inline XML for `tP`) is where it was.
 */
export const tDeletion = (id: string, deleted: string) => ({
  region: `<text:changed-region text:id="${id}"><text:deletion>${changeInfo}<text:p>${escapeXml(deleted)}</text:p></text:deletion></text:changed-region>`,
  mark: `<text:change text:change-id="${id}"/>`,
});

/** Text inserted with track changes on: `marked` (inline XML for `tP`) is the text between its marks. */
export const tInsertion = (id: string, inserted: string) => ({
  region: `<text:changed-region text:id="${id}"><text:insertion>${changeInfo}</text:insertion></text:changed-region>`,
  marked: `<text:change-start text:change-id="${id}"/>${escapeXml(inserted)}<text:change-end text:change-id="${id}"/>`,
});

/** A footnote citing `citation`, with its body: inline XML for `tP`. */
export const tNote = (citation: string, body: string) =>
  `<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>${escapeXml(citation)}</text:note-citation><text:note-body><text:p>${escapeXml(body)}</text:p></text:note-body></text:note>`;

/** A text box holding `paragraphs`: inline XML for `tP`, as Writer anchors it to a paragraph. */
export const tTextBox = (paragraphs: string) =>
  `<draw:frame draw:name="Box1" text:anchor-type="paragraph" svg:width="5cm"><draw:text-box>${paragraphs}</draw:text-box></draw:frame>`;

const XMLNS = Object.entries(NAMESPACES)
  .map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`)
  .join(' ');

/** The XML of content.xml around `bodyXml`, the inner XML of `<office:text>`. */
export const odtContent = (bodyXml: string) =>
  `${XML_DECLARATION}<office:document-content ${XMLNS} office:version="1.3"><office:body><office:text>${bodyXml}</office:text></office:body></office:document-content>`;

/** A .odt: `bodyXml` is the inner XML of `<office:text>`; `mimetype` replaces the package's type. */
export async function makeOdt(bodyXml: string, options: { mimetype?: string } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  // The package's type comes first and uncompressed, so that it can be read at a fixed offset.
  zip.file('mimetype', options.mimetype ?? ODT_TYPE, { compression: 'STORE' });
  zip.file(
    'META-INF/manifest.xml',
    `${XML_DECLARATION}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="${ODT_TYPE}"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`,
  );
  zip.file('content.xml', odtContent(bodyXml));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** `file` with the entry at `path` replaced by `content`, or removed if it is null: a broken package. */
export async function withEntry(file: Uint8Array, path: string, content: string | null): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(file);
  if (content === null) zip.remove(path);
  else zip.file(path, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
