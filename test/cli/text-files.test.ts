import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOf } from '../../src/cli/documents/index';
import { decodeText } from '../../src/cli/read-input';
import { makeDocx, wP } from './fixtures';
import { cli, FIX, TIMEOUT, tempDir } from './run-cli';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));

const utf16le = (text: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);

const SORRY = 'We\u2019re sorry you feel that way.';

describe('a text file is read in the encoding it was saved in', () => {
  it('UTF-8, with or without a byte order mark, as it is', () => {
    expect(decodeText(Buffer.from(SORRY))).toBe(SORRY);
    expect(decodeText(Buffer.from(`\ufeff${SORRY}`))).toBe(SORRY);
  });

  it('UTF-16 by its byte order mark, either byte order (Notepad’s “Unicode”)', () => {
    expect(decodeText(utf16le(SORRY))).toBe(SORRY);
    expect(decodeText(utf16be(SORRY))).toBe(SORRY);
  });

  it('Windows-1252 when no byte reads as UTF-8: curly quotes and accents survive', () => {
    // 0x92 is the right single quotation mark, 0xe9 é, 0x96 the en dash.
    expect(decodeText(bytes('We', [0x92], 're sorry, Ren', [0xe9], 'e ', [0x96], ' truly.'))).toBe(
      'We\u2019re sorry, Ren\u00e9e \u2013 truly.',
    );
  });

  it('UTF-8 with one damaged byte stays UTF-8: the other characters are not mangled', () => {
    const damaged = bytes(...[...Buffer.from('Caf\u00e9 at ten \u2013 ')].map((b) => [b]), [0xff], '!');
    expect(decodeText(damaged)).toBe('Caf\u00e9 at ten \u2013 \ufffd!');
  });
});

describe('a text-like name does not make content text', () => {
  it('a binary file named .txt is refused; a UTF-16 one is read as text', () => {
    const allBytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(formatOf('notes.txt', allBytes)).toEqual({
      error: 'is a binary file, not text or a document this tool reads',
    });
    expect(formatOf('notes.md', bytes('\u0089PNG\r\n\u001a\n', [0, 0, 0, 13], 'IHDR'))).toEqual({
      error: 'is a binary file, not text or a document this tool reads',
    });
    expect(formatOf('notes.txt', utf16le(SORRY))).toBe('text');
    expect(formatOf(undefined, utf16le(SORRY))).toBe('text');
    expect(formatOf('page.html', utf16le('<html><body>Hi</body></html>'))).toBe('html');
  });

  it('a PDF or Word document named .txt is said to be one or read as one', async () => {
    expect(formatOf('scan.txt', bytes('%PDF-1.7\n'))).toEqual({
      error: 'is a PDF; save it as .docx or text to check it',
    });
    expect(formatOf('proposal.txt', await makeDocx({ body: wP('Hello') }))).toBe('docx');
  });

  it('an older Office file or an Outlook .msg, and Rich Text, are named with what to save them as', () => {
    const compoundFile = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0, 0, 0, 0]);
    const older = {
      error: 'is an older Office file (.doc, or an Outlook .msg); save it as .docx, .eml or text to check it',
    };
    expect(formatOf('reply.msg', compoundFile)).toEqual(older);
    expect(formatOf('proposal.doc', compoundFile)).toEqual(older);
    const rtf = { error: 'is a Rich Text (.rtf) document; save it as .docx or text to check it' };
    expect(formatOf('letter.rtf', bytes('{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 Times;}} Dear Sam,\\par }'))).toEqual(
      rtf,
    );
    expect(formatOf('letter.txt', bytes('{\\rtf1\\mac Dear Sam}'))).toEqual(rtf);
    // Text that only mentions the format is text.
    expect(formatOf(undefined, bytes('The {\\rtf1} header starts every RTF file.'))).toBe('text');
  });

  it('text that merely looks like mail or markup keeps the format its name gives', () => {
    expect(formatOf('reply.txt', bytes('<html><body>Hi</body></html>'))).toBe('text');
    expect(formatOf('saved.eml', bytes('Hello Dana,\n\nThanks for the call.\n'))).toBe('eml');
  });
});

describe('the command line over such files', () => {
  it('names the binary file, checks the Windows-1252 one, and exits 2', { timeout: TIMEOUT }, async () => {
    const dir = tempDir();
    const binary = join(dir, 'dump.txt');
    writeFileSync(
      binary,
      Uint8Array.from({ length: 256 }, (_, i) => i),
    );
    const legacy = join(dir, 'legacy.txt');
    writeFileSync(legacy, bytes('Hi Ren', [0xe9], 'e,\n\nWe', [0x92], 're sorry for any inconvenience.\n'));
    const { code, stdout, stderr } = await cli(['--format', 'json', binary, legacy, `${FIX}/clean-reply.txt`]);
    expect(stderr).toBe(`${binary}: cannot read: is a binary file, not text or a document this tool reads\n`);
    const files = JSON.parse(stdout) as { file: string; findings: { ruleId: string; text: string }[] }[];
    expect(files.map(({ file, findings }) => [file, findings.map((f) => f.text)])).toEqual([
      [legacy, ['We\u2019re sorry for any inconvenience']],
      [`${FIX}/clean-reply.txt`, []],
    ]);
    expect(code).toBe(2);
  });
});
