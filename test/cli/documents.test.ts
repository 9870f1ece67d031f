import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { CheckedDocument } from '../../src/cli/documents/document';
import { readDocx } from '../../src/cli/documents/docx';
import { readHtml } from '../../src/cli/documents/html';
import { readOdt } from '../../src/cli/documents/odt';
import {
  makeDocx,
  makeOdt,
  odtContent,
  tAnnotated,
  tDeletion,
  tH,
  tInsertion,
  tList,
  tNote,
  tP,
  tTable,
  tTextBox,
  tTrackedChanges,
  wBreak,
  wComment,
  wCommented,
  wDel,
  wFootnote,
  wFootnoteReference,
  wIns,
  withEntry,
  wP,
  wR,
  wRuns,
  wTab,
  wTable,
} from './fixtures';

/** Each block's place, found from its whole text: how a reader is sent to it. */
function blocksOf(document: CheckedDocument) {
  let start = 0;
  return document.text.split('\n\n').map((block) => {
    const place = document.place(start, start + block.length);
    start += block.length + 2;
    return place;
  });
}

/** The place of `phrase`, which the text must hold exactly once. */
function placeOf(document: CheckedDocument, phrase: string) {
  const start = document.text.indexOf(phrase);
  expect(start, `"${phrase}" is in the text`).toBeGreaterThanOrEqual(0);
  expect(document.text.indexOf(phrase, start + 1), `"${phrase}" is in the text once`).toBe(-1);
  return document.place(start, start + phrase.length);
}

const at = (block: string, excerpt: string) => ({ block, excerpt });

/** The proposal both formats write below: a heading, prose, a nested list, a table and a closing line. */
const PROPOSAL_TEXT =
  'Proposal for Acme\n\nWe help your team write to customers.\n\nDiscovery\n\nInterviews\n\nDelivery\n\n' +
  'Phase\n\nWeeks\n\nPilot\nwith two teams\n\n4\n\nThank you.';
const PROPOSAL_BLOCKS = [
  at('paragraph 1', 'Proposal for Acme'),
  at('paragraph 2', 'We help your team write to customers.'),
  at('paragraph 3', 'Discovery'),
  at('paragraph 4', 'Interviews'),
  at('paragraph 5', 'Delivery'),
  at('table 1, row 1, cell 1', 'Phase'),
  at('table 1, row 1, cell 2', 'Weeks'),
  at('table 1, row 2, cell 1', 'Pilot with two teams'),
  at('table 1, row 2, cell 2', '4'),
  at('paragraph 6', 'Thank you.'),
];

// Long enough that an excerpt is cut to the words around a finding.
const LONG =
  'We would like to walk you through the plan, and we believe the synergy between our teams will show in the first month of work.';
const LONG_EXCERPT = '…the plan, and we believe the synergy between our teams will show…';

/** A zip whose one entry inflates to just over the 50 MB of XML a reader accepts. */
const OVERSIZED = ' '.repeat(50 * 1024 * 1024 + 1);

describe('readDocx: a Word document as blocks of prose', () => {
  it('makes each heading, paragraph, list item and table cell a block, named as a reader finds it', async () => {
    const document = await readDocx(
      await makeDocx({
        body: [
          wP('Proposal for Acme', { style: 'Heading1' }),
          wP('We help your team write to customers.'),
          wP('Discovery', { listLevel: 0 }),
          wP('Interviews', { listLevel: 1 }),
          wP('Delivery', { listLevel: 0 }),
          wTable([
            [wP('Phase'), wP('Weeks')],
            [wP('Pilot') + wP('with two teams'), wP('4')],
          ]),
          wP('Thank you.'),
        ].join(''),
      }),
    );
    expect(document.text).toBe(PROPOSAL_TEXT);
    expect(document.genre).toBe('document');
    expect(document.reply).toBe(false);
    expect(blocksOf(document)).toEqual(PROPOSAL_BLOCKS);
  });

  it('places a finding in a long paragraph by its block and the words around it', async () => {
    const document = await readDocx(await makeDocx({ body: wP('Scope', { style: 'Heading1' }) + wP(LONG) }));
    expect(placeOf(document, 'synergy')).toEqual(at('paragraph 2', LONG_EXCERPT));
  });

  it('flattens a table in a cell into that cell, not into further cells of the row or a table of its own', async () => {
    const inner = wTable([
      [wP('Workshops'), wP('Reports')],
      [wP('Coaching'), wP('Reviews')],
    ]);
    const document = await readDocx(
      await makeDocx({ body: wTable([[wP('Scope'), wP('Included:') + inner]]) + wTable([[wP('Price')]]) }),
    );
    expect(document.text).toBe('Scope\n\nIncluded:\nWorkshops\nReports\nCoaching\nReviews\n\nPrice');
    expect(blocksOf(document)).toEqual([
      at('table 1, row 1, cell 1', 'Scope'),
      at('table 1, row 1, cell 2', 'Included: Workshops Reports Coaching Reviews'),
      at('table 2, row 1, cell 1', 'Price'),
    ]);
  });

  it('keeps a line break within its paragraph and reads a tab as a space', async () => {
    const document = await readDocx(
      await makeDocx({ body: wRuns(wR('Dear Ana,'), wBreak, wR('thanks for'), wTab, wR('the call.')) }),
    );
    expect(document.text).toBe('Dear Ana,\nthanks for the call.');
    expect(blocksOf(document)).toEqual([at('paragraph 1', 'Dear Ana, thanks for the call.')]);
  });

  it('checks tracked insertions and not tracked deletions: the text as it now reads', async () => {
    const document = await readDocx(
      await makeDocx({
        body:
          wRuns(wR('We '), wIns(1, 'will '), wDel(2, 'guarantee to '), wR('call you.')) +
          // A deleted paragraph mark joins the paragraph to the next.
          wP('First half, ', { breakDeleted: true }) +
          wP('second half.'),
      }),
    );
    expect(document.text).toBe('We will call you.\n\nFirst half, second half.');
    expect(document.text).not.toContain('guarantee');
    expect(blocksOf(document)).toEqual([
      at('paragraph 1', 'We will call you.'),
      at('paragraph 2', 'First half, second half.'),
    ]);
  });

  it('does not check comments, even when the file embeds a style map that would show them', async () => {
    const file = await makeDocx({
      body: wRuns(wR('Our '), wCommented(0, 'platform'), wR(' saves time.')),
      comments: wComment(0, 'Leverage synergy here?'),
    });
    const showingComments = (
      await mammoth.embedStyleMap({ buffer: Buffer.from(file) }, 'comment-reference => sup')
    ).toBuffer();
    // The embedded map does bring the comment into mammoth's HTML by default...
    expect((await mammoth.convertToHtml({ buffer: showingComments })).value).toContain('Leverage synergy here?');
    // ...and neither file's comment is checked.
    for (const bytes of [file, new Uint8Array(showingComments)]) {
      const document = await readDocx(bytes);
      expect(document.text).toBe('Our platform saves time.');
      expect(blocksOf(document)).toEqual([at('paragraph 1', 'Our platform saves time.')]);
    }
  });

  it('checks footnotes after the body, without their numbers or back-links', async () => {
    const document = await readDocx(
      await makeDocx({
        body: wRuns(wR('Teams reply faster.'), wFootnoteReference(1)) + wP('Next steps.'),
        footnotes: wFootnote(1, 'Internal survey, 2024.'),
      }),
    );
    expect(document.text).toBe('Teams reply faster.\n\nNext steps.\n\nInternal survey, 2024.');
    expect(document.text).not.toMatch(/\[1\]|↑/);
    expect(blocksOf(document)).toEqual([
      at('paragraph 1', 'Teams reply faster.'),
      at('paragraph 2', 'Next steps.'),
      at('paragraph 3', 'Internal survey, 2024.'),
    ]);
  });

  it('adds no blank line to a cell for a paragraph holding only a footnote’s number', async () => {
    const document = await readDocx(
      await makeDocx({
        body: wTable([[wP('Pilot') + wRuns(wFootnoteReference(1)) + wP('with two teams')]]),
        footnotes: wFootnote(1, 'Two teams of five.'),
      }),
    );
    expect(document.text).toBe('Pilot\nwith two teams\n\nTwo teams of five.');
    expect(blocksOf(document)).toEqual([
      at('table 1, row 1, cell 1', 'Pilot with two teams'),
      at('paragraph 1', 'Two teams of five.'),
    ]);
  });

  it('does not count a paragraph without words, as a reader counting paragraphs does not', async () => {
    const document = await readDocx(
      await makeDocx({
        body: wP('First.') + wP(' ') + wRuns(wFootnoteReference(1)) + wP('Second.'),
        footnotes: wFootnote(1, 'A note.'),
      }),
    );
    expect(blocksOf(document)).toEqual([
      at('paragraph 1', 'First.'),
      at('paragraph 2', 'Second.'),
      at('paragraph 3', 'A note.'),
    ]);
  });

  it('reads an empty body as no text, placed nowhere', async () => {
    const document = await readDocx(await makeDocx({ body: '' }));
    expect(document.text).toBe('');
    expect(document.place(0, 0)).toEqual(at('document', ''));
  });

  describe('refuses what it cannot read, saying why', () => {
    const notDocx = (reason: string) => new Error(`not a Word document (.docx): ${reason}`);

    it('a file that is not a zip', async () => {
      const text = new TextEncoder().encode('Dear Ana, thanks for the call.');
      await expect(readDocx(text)).rejects.toThrow(notDocx('not a readable zip archive'));
      await expect(readDocx(new Uint8Array())).rejects.toThrow(notDocx('not a readable zip archive'));
    });

    it('a zip without a Word document in it (an .odt)', async () => {
      await expect(readDocx(await makeOdt(tP('Hello')))).rejects.toThrow(
        notDocx('no main document (word/document.xml)'),
      );
    });

    it('a document.xml that is not XML', async () => {
      const file = await withEntry(await makeDocx({ body: wP('Hello') }), 'word/document.xml', '<w:document><w:body>');
      await expect(readDocx(file)).rejects.toThrow(
        /^not a Word document \(\.docx\): its content cannot be read \(.+\)$/,
      );
    });

    it('a damaged part', async () => {
      const file = await makeDocx({ body: wP('Hello, thanks for the call. '.repeat(50)) });
      await expect(readDocx(damaged(file, 'word/document.xml'))).rejects.toThrow(
        notDocx('word/document.xml is damaged'),
      );
    });

    it('a zip bomb, before inflating it whole', async () => {
      const file = await withEntry(await makeDocx({ body: wP('Hello') }), 'word/document.xml', OVERSIZED);
      await expect(readDocx(file)).rejects.toThrow(
        new Error('Word document (.docx) too large to check: its XML is over 50 MB'),
      );
    });

    it('tables nested a thousand deep, without overflowing the stack', async () => {
      let cell = wP('Deep');
      for (let i = 0; i < 1000; i++) cell = wTable([[cell]]);
      await expect(readDocx(await makeDocx({ body: cell }))).rejects.toThrow(
        new Error('Word document (.docx) nested more than 256 levels deep: too deep to check'),
      );
    });
  });
});

describe('readOdt: an OpenDocument text as blocks of prose', () => {
  it('makes each heading, paragraph, list item and table cell a block, as for the same .docx', async () => {
    const document = await readOdt(
      await makeOdt(
        [
          tH('Proposal for Acme'),
          tP('We help your team write to customers.'),
          tList([tP('Discovery') + tList([tP('Interviews')]), tP('Delivery')]),
          // The header row repeats on each page: it is in <table:table-header-rows>.
          tTable(
            [
              [tP('Phase'), tP('Weeks')],
              [tP('Pilot') + tP('with two teams'), tP('4')],
            ],
            1,
          ),
          tP('Thank you.'),
        ].join(''),
      ),
    );
    expect(document.text).toBe(PROPOSAL_TEXT);
    expect(document.genre).toBe('document');
    expect(document.reply).toBe(false);
    expect(blocksOf(document)).toEqual(PROPOSAL_BLOCKS);
  });

  it('places a finding in a long paragraph by its block and the words around it', async () => {
    const document = await readOdt(await makeOdt(tH('Scope') + tP(LONG)));
    expect(placeOf(document, 'synergy')).toEqual(at('paragraph 2', LONG_EXCERPT));
  });

  it('does not count a paragraph without words, as a reader counting paragraphs does not', async () => {
    const document = await readOdt(await makeOdt(tP('First.') + tP('') + tP('<text:s/>') + tP('Second.')));
    expect(blocksOf(document)).toEqual([at('paragraph 1', 'First.'), at('paragraph 2', 'Second.')]);
  });

  it('does not count a cell covered by a merged one, and counts an empty one', async () => {
    const document = await readOdt(
      await makeOdt(
        tTable([
          [tP('Both phases'), null, tP('Budget')],
          [tP(''), tP('Pilot'), tP('Rollout')],
        ]),
      ),
    );
    expect(blocksOf(document)).toEqual([
      at('table 1, row 1, cell 1', 'Both phases'),
      at('table 1, row 1, cell 2', 'Budget'),
      at('table 1, row 2, cell 2', 'Pilot'),
      at('table 1, row 2, cell 3', 'Rollout'),
    ]);
  });

  it('adds no blank line to a cell for an empty paragraph, which would read as a new block', async () => {
    const document = await readOdt(await makeOdt(tTable([[tP('Pilot') + tP('') + tP('with two teams')]])));
    expect(document.text).toBe('Pilot\nwith two teams');
  });

  it('flattens a table in a cell into that cell, not into further cells of the row or a table of its own', async () => {
    const inner = tTable([
      [tP('Workshops'), tP('Reports')],
      [tP('Coaching'), tP('Reviews')],
    ]);
    const document = await readOdt(
      await makeOdt(tTable([[tP('Scope'), tP('Included:') + inner]]) + tTable([[tP('Price')]])),
    );
    expect(document.text).toBe('Scope\n\nIncluded:\nWorkshops\nReports\nCoaching\nReviews\n\nPrice');
    expect(blocksOf(document)).toEqual([
      at('table 1, row 1, cell 1', 'Scope'),
      at('table 1, row 1, cell 2', 'Included: Workshops Reports Coaching Reviews'),
      at('table 2, row 1, cell 1', 'Price'),
    ]);
  });

  it('reads spaces, tabs, line breaks, spans and links as written, and collapses the XML’s white space', async () => {
    const document = await readOdt(
      await makeOdt(
        tP(
          'We<text:s text:c="3"/>ship<text:tab/>weekly, <text:span text:style-name="T1">on time</text:span>, ' +
            'see <text:a xlink:type="simple" xlink:href="https://example.com/plan">our plan</text:a>.<text:soft-page-break/>',
        ) + tP('Dear Ana,<text:line-break/>thanks for\n    the call.'),
      ),
    );
    // Without <text:s/> and <text:tab/>, "We", "ship" and "weekly" would run together.
    expect(document.text).toBe('We ship weekly, on time, see our plan.\n\nDear Ana,\nthanks for the call.');
    expect(document.text).not.toContain('example.com');
    expect(blocksOf(document)).toEqual([
      at('paragraph 1', 'We ship weekly, on time, see our plan.'),
      at('paragraph 2', 'Dear Ana, thanks for the call.'),
    ]);
  });

  it('does not check comments, only the text they are on', async () => {
    const document = await readOdt(
      await makeOdt(tP(`Our ${tAnnotated('c1', 'platform', 'Leverage synergy here?')} saves time.`)),
    );
    expect(document.text).toBe('Our platform saves time.');
    expect(document.text).not.toContain('Leverage');
  });

  it('checks tracked insertions and not tracked deletions: the text as it now reads', async () => {
    const deletion = tDeletion('ct1', 'We guarantee results.');
    const insertion = tInsertion('ct2', 'will ');
    const document = await readOdt(
      await makeOdt(
        tTrackedChanges(deletion.region, insertion.region) + tP(`We ${insertion.marked}call you.${deletion.mark}`),
      ),
    );
    expect(document.text).toBe('We will call you.');
    expect(document.text).not.toContain('guarantee');
    expect(blocksOf(document)).toEqual([at('paragraph 1', 'We will call you.')]);
  });

  it('checks footnotes after the body, as for a .docx, without their citations', async () => {
    const document = await readOdt(
      await makeOdt(tP(`Teams reply faster.${tNote('1', 'Internal survey, 2024.')}`) + tP('Next steps.')),
    );
    expect(document.text).toBe('Teams reply faster.\n\nNext steps.\n\nInternal survey, 2024.');
    expect(blocksOf(document)).toEqual([
      at('paragraph 1', 'Teams reply faster.'),
      at('paragraph 2', 'Next steps.'),
      at('paragraph 3', 'Internal survey, 2024.'),
    ]);
  });

  it('checks a text box’s paragraphs after the paragraph it is anchored in', async () => {
    const document = await readOdt(
      await makeOdt(tP(`See the summary.${tTextBox(tP('Three weeks, two teams.'))}`) + tP('Next steps.')),
    );
    expect(document.text).toBe('See the summary.\n\nThree weeks, two teams.\n\nNext steps.');
    expect(placeOf(document, 'two teams')).toEqual(at('paragraph 2', 'Three weeks, two teams.'));
  });

  it('reads elements by namespace, not by prefix', async () => {
    const content = odtContent('')
      .replace('<office:text>', '<office:text xmlns:t="urn:oasis:names:tc:opendocument:xmlns:text:1.0">')
      .replace(
        '</office:text>',
        // A "text:p" of another namespace is not a paragraph.
        '<t:h>Scope</t:h><t:p>Prose.</t:p><text:p xmlns:text="urn:example:other">Not prose.</text:p></office:text>',
      );
    const document = await readOdt(await withEntry(await makeOdt(''), 'content.xml', content));
    expect(document.text).toBe('Scope\n\nProse.');
  });

  describe('refuses what it cannot read, saying why', () => {
    const notOdt = (reason: string) => new Error(`not an OpenDocument text (.odt): ${reason}`);

    it('a file that is not a zip', async () => {
      const text = new TextEncoder().encode('Dear Ana, thanks for the call.');
      await expect(readOdt(text)).rejects.toThrow(notOdt('not a readable zip archive'));
    });

    it('a package of another type, or of none (a .docx)', async () => {
      const spreadsheet = await makeOdt('', { mimetype: 'application/vnd.oasis.opendocument.spreadsheet' });
      await expect(readOdt(spreadsheet)).rejects.toThrow(
        notOdt('its type is "application/vnd.oasis.opendocument.spreadsheet"'),
      );
      await expect(readOdt(await makeDocx({ body: wP('Hello') }))).rejects.toThrow(
        notOdt('no mimetype in the package'),
      );
    });

    it('a type with control characters, which are not printed', async () => {
      const file = await makeOdt('', { mimetype: 'text/plain\u001b[31m' });
      await expect(readOdt(file)).rejects.toThrow(notOdt('its type is "text/plain [31m"'));
    });

    it('a package without content.xml', async () => {
      const file = await withEntry(await makeOdt(tP('Hello')), 'content.xml', null);
      await expect(readOdt(file)).rejects.toThrow(notOdt('no content.xml in the package'));
    });

    it('a content.xml that is not well-formed, or has no text body', async () => {
      const broken = await withEntry(await makeOdt(''), 'content.xml', '<office:text><text:p>Hello</office:text>');
      await expect(readOdt(broken)).rejects.toThrow(
        /^not an OpenDocument text \(\.odt\): content\.xml is not well-formed XML \(.+\)$/,
      );
      const undefinedEntity = await withEntry(await makeOdt(''), 'content.xml', '<p>&nbsp;</p>');
      await expect(readOdt(undefinedEntity)).rejects.toThrow(
        notOdt('content.xml is not well-formed XML (entity not found:&nbsp;)'),
      );
      const spreadsheetBody = await withEntry(
        await makeOdt(''),
        'content.xml',
        odtContent('').replace(/office:text/g, 'office:spreadsheet'),
      );
      await expect(readOdt(spreadsheetBody)).rejects.toThrow(
        notOdt('content.xml has no text body (office:body/office:text)'),
      );
    });

    it('a damaged content.xml', async () => {
      const file = await makeOdt(tP('Hello, thanks for the call. '.repeat(50)));
      await expect(readOdt(damaged(file, 'content.xml'))).rejects.toThrow(notOdt('content.xml is damaged'));
    });

    it('a zip bomb, before inflating it whole', async () => {
      const file = await withEntry(await makeOdt(''), 'content.xml', OVERSIZED);
      await expect(readOdt(file)).rejects.toThrow(
        new Error('OpenDocument text (.odt) too large to check: content.xml is over 50 MB'),
      );
    });

    it('elements nested a hundred thousand deep, without overflowing the stack', async () => {
      const deep = `${'<text:span>'.repeat(100_000)}Deep${'</text:span>'.repeat(100_000)}`;
      await expect(readOdt(await makeOdt(tP(deep)))).rejects.toThrow(
        new Error('OpenDocument text (.odt) nested more than 256 levels deep: too deep to check'),
      );
    });
  });
});

describe('HTML refused for its depth', () => {
  it('a hundred thousand nested elements, before its quotes and signatures are looked for', () => {
    const deep = `${'<div>'.repeat(100_000)}synergy${'</div>'.repeat(100_000)}`;
    const began = performance.now();
    expect(() => readHtml(deep)).toThrow(new Error('HTML nested more than 1000 levels deep: too deep to check'));
    // Parsing takes about half a second here; looking for quotes in such a tree took six. Wide slack.
    expect(performance.now() - began).toBeLessThan(3000);
  });
});

/** `file` with the deflated bytes of `path` scrambled, as a damaged download leaves them. */
function damaged(file: Uint8Array, path: string): Uint8Array {
  const copy = file.slice();
  // The first time the name occurs is the entry's local header; its data follows the name.
  const data = Buffer.from(copy).indexOf(path) + path.length;
  for (let i = data + 8; i < data + 40; i++) copy[i]! ^= 0xff;
  return copy;
}
