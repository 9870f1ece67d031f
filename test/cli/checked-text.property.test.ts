import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/cli/documents/html';
import { readMarkdown } from '../../src/cli/documents/markdown';

/**
 * Whatever markup surrounds a word, the place a finding on it is given covers that word as written
 * in the file: its first character starts the range and the range ends right after it.
 */
const WORD = fc.constantFrom('synergy', 'renewal', 'Dana', 'invoice', 'pilot');
const HTML_NOISE = fc.constantFrom(
  ' ',
  '  ',
  '\n   ',
  '<b>',
  '</b>',
  '<br>',
  '&amp;',
  '&#8217;',
  '&nbsp;',
  '<span class="x">',
  '</span>',
  '<!-- note -->',
);
const MD_NOISE = fc.constantFrom(' ', '  ', '\n', '**', '*', '\\*', '&amp;', '`x`', '[', '](http://a.b/c)', '_');

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

/** Each occurrence of each word in the checked text is placed on that same word in the source. */
function expectWordsPlaced(source: string, document: ReturnType<typeof readHtml>, words: string[]) {
  const starts = lineStarts(source);
  for (const word of new Set(words)) {
    for (let at = document.text.indexOf(word); at !== -1; at = document.text.indexOf(word, at + 1)) {
      const place = document.place(at, at + word.length);
      if (!('line' in place)) throw new Error('a text file has line places');
      const from = starts[place.line - 1]! + place.column - 1;
      const to = starts[place.endLine - 1]! + place.endColumn - 1;
      expect(source.slice(from, to)).toBe(word);
    }
  }
}

describe('places map back through markup', () => {
  it('HTML: entities, tags, comments and white space around words', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(HTML_NOISE, WORD), { minLength: 1, maxLength: 30 }), (parts) => {
        const source = `<p>${parts.map(([noise, word]) => `${noise}${word}`).join(' ')}</p>`;
        expectWordsPlaced(
          source,
          readHtml(source),
          parts.map(([, word]) => word),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('Markdown: emphasis, escapes, entities, code and links around words', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(MD_NOISE, WORD), { minLength: 1, maxLength: 30 }), (parts) => {
        const source = parts.map(([noise, word]) => `${noise}${word}`).join(' ');
        expectWordsPlaced(
          source,
          readMarkdown(source),
          parts.map(([, word]) => word),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('places of prose the Markdown parser gives no position', () => {
  it('finds words after a bracket that GitHub autolinking split, not letters of the link before them', () => {
    // The autolink turns "http://a.b/c)synergy" into new nodes with no position; "pilot" must not be
    // placed on the "p" of "http".
    const source = '[synergy [synergy [synergy ](http://a.b/c)pilot ](http://a.b/c)synergy  synergy';
    const document = readMarkdown(source);
    expectWordsPlaced(source, document, ['synergy', 'pilot']);
    expect(document.text).toContain('pilot');
  });

  it('finds such a word when the parser dropped the spaces that end its line', () => {
    // The split node reads "pilot\nsynergy ](" while the file has "pilot \nsynergy ](".
    const source = '[synergy [synergy [synergy ](http://a.b/c)pilot \nsynergy ](http://a.b/c)synergy  synergy';
    const document = readMarkdown(source);
    expectWordsPlaced(source, document, ['synergy', 'pilot']);
    expect(document.text).toContain('pilot\nsynergy');
  });

  it('finds such a word after an entity the parser decoded', () => {
    const source = '[synergy [synergy ](http://a.b/c)&amp; pilot \nrenewal ](http://a.b/c)invoice';
    const document = readMarkdown(source);
    expectWordsPlaced(source, document, ['synergy', 'pilot', 'renewal', 'invoice']);
    expect(document.text).toContain('& pilot');
  });
});
