// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { HighlightPainter } from '../../src/editor/highlights';
import { EditorSession, type SessionHost } from '../../src/editor/session';
import { builtinRuleset } from '../../src/rules';
import { gmail } from '../../src/sites/gmail';
import { eventually } from '../eventually';

beforeAll(() => {
  // happy-dom has no CSS Custom Highlight API: a Set of ranges stands in for a Highlight.
  if (!('Highlight' in globalThis)) vi.stubGlobal('Highlight', class extends Set<Range> {});
});

const names = new Map<string, Highlight>();
/** Sessions that have painted findings at least once. */
const painted = new WeakSet<EditorSession>();
const host: SessionHost = {
  ruleset: builtinRuleset,
  painter: new HighlightPainter(names as unknown as HighlightRegistry),
  changed: (session) => painted.add(session),
  openAtCaret: () => undefined,
  hover: () => undefined,
  escape: () => false,
};
const sessions: EditorSession[] = [];

/** A Gmail compose with `text`, in a compose window of the given background. */
function compose(text: string, background: string): EditorSession {
  document.body.insertAdjacentHTML(
    'beforeend',
    `<div role="dialog" style="background-color: ${background}"><div contenteditable="true" g_editable="true">` +
      `<div>${text}</div></div></div>`,
  );
  const editors = document.querySelectorAll<HTMLElement>('[g_editable]');
  const session = new EditorSession(editors[editors.length - 1]!, gmail, host);
  sessions.push(session);
  return session;
}

const textsIn = (name: string) => [...((names.get(name) as unknown as Set<Range>) ?? [])].map(String);

afterEach(() => {
  for (const session of sessions.splice(0)) session.destroy();
  document.body.innerHTML = '';
});

describe('EditorSession: highlight names follow the editor’s background', () => {
  // A session analyses as it starts, at once when its task has time left, else in the next task.
  it('paints a light compose under cf-<kind> and a dark one under cf-<kind>-dark', async () => {
    compose('We create real synergy.', '#ffffff');
    compose('We should leverage this.', '#202124');
    await eventually(() => {
      expect(textsIn('cf-buzzword')).toEqual(['synergy']);
      expect(textsIn('cf-buzzword-dark')).toEqual(['leverage']);
    });
  });

  it('moves to the dark names when the compose turns dark, at the next check', async () => {
    const session = compose('We create real synergy.', '#ffffff');
    await eventually(() => expect(textsIn('cf-buzzword')).toEqual(['synergy']));
    (session.editor.parentElement as HTMLElement).style.backgroundColor = '#1f1f1f';
    session.analyzeNow();
    await eventually(() => {
      expect(textsIn('cf-buzzword')).toEqual([]);
      expect(textsIn('cf-buzzword-dark')).toEqual(['synergy']);
    });
  });

  it('repaints in the dark names when told the theme changed, without analysing again', async () => {
    const session = compose('We create real synergy.', '#ffffff');
    await eventually(() => expect(textsIn('cf-buzzword')).toEqual(['synergy']));
    const findings = session.findings;
    session.followTheme();
    expect(textsIn('cf-buzzword')).toEqual(['synergy']);
    (session.editor.parentElement as HTMLElement).style.backgroundColor = '#1f1f1f';
    session.followTheme();
    expect(textsIn('cf-buzzword')).toEqual([]);
    expect(textsIn('cf-buzzword-dark')).toEqual(['synergy']);
    expect(session.findings.map((f) => f.finding)).toEqual(findings.map((f) => f.finding));
  });
});

describe('EditorSession: the site signature names the sender', () => {
  it('judges the opening with the names in the signature block, which itself stays unchecked', async () => {
    // The brand in lower case: a capitalised name as the subject is read as the sender's by grammar alone,
    // and here only the signature should tell whose it is.
    const opening = 'Hi Dana,</div><div>The new quorra sync runs every hour.';
    const signed = compose(
      `${opening}</div><div class="gmail_signature"><div>Sam Ortiz</div><div>Head of Sales</div>` +
        '<div>sam@quorra.io</div><div>Seamless synergy</div>',
      '#ffffff',
    );
    const unsigned = compose(opening, '#ffffff');
    const kinds = (session: EditorSession) => session.findings.map(({ finding }) => [finding.kind, finding.text]);
    await eventually(() => expect(painted.has(signed) && painted.has(unsigned)).toBe(true));
    expect(kinds(signed)).toEqual([['pitch-first', 'The new quorra sync runs every hour.']]);
    expect(kinds(unsigned)).toEqual([]);
  });
});

/** An event as the user's input makes it (happy-dom, like a browser for a page script's events, leaves it untrusted). */
const byUser = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });

/** A host that records what the session asks of it. */
function recordingHost(): SessionHost & { hovered: unknown[]; opened: unknown[] } {
  const hovered: unknown[] = [];
  const opened: unknown[] = [];
  return {
    ...host,
    hovered,
    opened,
    hover: (_session, live) => hovered.push(live?.finding.text),
    openAtCaret: (_session, live) => opened.push(live.finding.text),
  };
}

/** Puts the caret `at` characters into the first text node holding `word`. */
function caretIn(editor: HTMLElement, word: string, at: number) {
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const i = (node as Text).data.indexOf(word);
    if (i < 0) continue;
    getSelection()!.collapse(node, i + at);
    return node as Text;
  }
  throw new Error(`no "${word}"`);
}

describe('EditorSession: only the user’s own input drives it', () => {
  it('ignores a script’s Alt+Enter, mouse moves and leaves; acts on the user’s', () => {
    document.body.innerHTML = '<div contenteditable="true" g_editable="true"><div>We create real synergy.</div></div>';
    const editor = document.querySelector<HTMLElement>('[g_editable]')!;
    const recorder = recordingHost();
    sessions.push(new EditorSession(editor, gmail, recorder));
    caretIn(editor, 'synergy', 3);
    const altEnter = () =>
      new KeyboardEvent('keydown', { key: 'Enter', altKey: true, bubbles: true, cancelable: true });
    const move = () => new MouseEvent('mousemove', { clientX: 5, clientY: 5, bubbles: true });
    editor.dispatchEvent(altEnter());
    editor.dispatchEvent(move());
    editor.dispatchEvent(new MouseEvent('mouseleave'));
    expect(recorder.opened).toEqual([]);
    expect(recorder.hovered).toEqual([]);

    editor.dispatchEvent(byUser(altEnter()));
    editor.dispatchEvent(byUser(move()));
    editor.dispatchEvent(byUser(new MouseEvent('mouseleave')));
    expect(recorder.opened).toEqual(['synergy']);
    expect(recorder.hovered).toEqual([undefined, undefined]); // happy-dom lays nothing out: no finding under the point
  });
});

// happy-dom is slow to build and walk 1,200 lines: these take seconds, not milliseconds.
describe('EditorSession: a long draft', { timeout: 60_000 }, () => {
  const SENTENCES = 1200;
  const longDraft = () => Array.from({ length: SENTENCES }, (_, i) => `<div>Line ${i} brings synergy.</div>`).join('');
  /**
   * One buzzword per line, and the connection check's note that it is far too long (no line is about
   * either side, so it is not asked for a question).
   */
  const FINDINGS = SENTENCES + 1;
  const kindsOf = (results: readonly { kind: string }[]) => {
    const counts = new Map<string, number>();
    for (const f of results) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
    return [...counts];
  };

  it('counts every finding; underlines those at the start while the view cannot be read', async () => {
    const session = compose(longDraft(), '#ffffff');
    await eventually(() => expect(session.results).toHaveLength(FINDINGS), { timeout: 50_000 });
    expect(kindsOf(session.results).sort()).toEqual([
      ['buzzword', SENTENCES],
      ['too-long', 1],
    ]);
    // happy-dom lays nothing out, so the view is never read: the window stays the draft's first 4,000 characters.
    const atStart = session.results.filter((f) => f.start <= 4000);
    expect(session.findings.map((l) => l.finding)).toEqual(atStart);
    expect(atStart.length).toBeGreaterThan(100);
    expect(atStart.length).toBeLessThan(200);
    expect(textsIn('cf-buzzword')).toHaveLength(atStart.filter((f) => f.kind === 'buzzword').length);
    // The draft passes 125 words near its start: that sentence carries the long-message note.
    expect(textsIn('cf-too-long')).toEqual(atStart.filter((f) => f.kind === 'too-long').map((f) => f.text));
    expect(textsIn('cf-too-long')).toHaveLength(1);
  });

  it('finds the finding under the pointer by the text position there, asking only it for its boxes', async () => {
    const session = compose(longDraft(), '#ffffff');
    await eventually(() => expect(session.results).toHaveLength(FINDINGS), { timeout: 50_000 });
    const target = caretIn(session.editor, 'Line 100 ', 0);
    const at = { x: 300, y: 200 };
    const asked: string[] = [];
    const rects = vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      asked.push(this.toString());
      const over = this.startContainer === target;
      return [new DOMRect(over ? 290 : 0, over ? 190 : 0, 60, 20)] as unknown as DOMRectList;
    });
    const caretPositionFromPoint = vi.fn((x: number, y: number) =>
      x === at.x && y === at.y
        ? ({ offsetNode: target, offset: 'Line 100 brings syn'.length } as unknown as CaretPosition)
        : null,
    );
    Object.assign(document, { caretPositionFromPoint });
    try {
      const hit = session.findingAtPoint(at.x, at.y);
      expect(hit?.range.startContainer).toBe(target);
      expect(hit?.finding.text).toBe('synergy');
      expect(asked).toEqual(['synergy']);
      // Over the same line but outside the word's box: nothing, still asking only that one.
      asked.length = 0;
      expect(session.findingAtPoint(at.x, at.y + 0.5 + 40)).toBeUndefined();
      expect(asked).toEqual([]);
    } finally {
      rects.mockRestore();
      Reflect.deleteProperty(document, 'caretPositionFromPoint');
    }
  });
});

describe('EditorSession.apply: a click types in only the words a rewrite changes', () => {
  /**
   * What each edit typed in, and over which words of the selection it was typed over. happy-dom
   * has neither editing commands nor StaticRange: the command is recorded, and the edit offered to
   * the editor first (see replace.ts) goes by unanswered, as in an editor that does not take it.
   */
  function recordTyping(): { over: string; text: string }[] {
    const typed: { over: string; text: string }[] = [];
    const view = document.defaultView as unknown as Record<string, unknown>;
    view.StaticRange ??= class {};
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: (command: string, _ui: boolean, text: string) => {
        if (command === 'insertText') typed.push({ over: String(document.getSelection()), text });
        return true;
      },
    });
    return typed;
  }

  async function finding(session: EditorSession, kind: string) {
    await eventually(() => expect(session.findings.some((l) => l.finding.kind === kind)).toBe(true));
    return session.findings.find((l) => l.finding.kind === kind)!;
  }

  it('words put before an opening over two lines go in at its start, over nothing', async () => {
    const session = compose(
      'Hi Sam,</div><div>We are the leading platform for payroll and we cut costs by 40%.</div>' +
        '<div>Thanks for your note about the rollout.</div><div>Best,</div><div>Dana',
      '#ffffff',
    );
    const typed = recordTyping();
    const live = await finding(session, 'pitch-first');
    const lead = live.finding.suggestions.find((s) => s.replacement.startsWith('You mentioned'))!.replacement;
    expect(session.apply(live, lead)).toBe(true);
    expect(typed).toEqual([{ over: '', text: 'You mentioned [what they told you], so I thought of you. ' }]);
  });

  /**
   * "We leverage our data." with a finding over "leverage our data", as a team's rule might have it:
   * wider than the one word a rewrite of it may change.
   */
  async function widerFinding() {
    const session = compose('We leverage our data.', '#ffffff');
    const live = await finding(session, 'buzzword');
    const text = live.range.startContainer as Text;
    const range = document.createRange();
    range.setStart(text, 3);
    range.setEnd(text, 20);
    const wider = {
      range,
      finding: { ...live.finding, ruleId: 'team/wider', start: 3, end: 20, text: 'leverage our data' },
    };
    return { session, wider };
  }

  it('one word between words the rewrite keeps: that word alone', async () => {
    const { session, wider } = await widerFinding();
    const typed = recordTyping();
    expect(session.apply(wider, 'use our data')).toBe(true);
    expect(typed).toEqual([{ over: 'leverage', text: 'use' }]);
  });

  it('a rewrite that only takes words out replaces the whole finding, the way it always did', async () => {
    const { session, wider } = await widerFinding();
    const typed = recordTyping();
    expect(session.apply(wider, 'our data')).toBe(true);
    expect(typed).toEqual([{ over: 'leverage our data', text: 'our data' }]);
  });
});
