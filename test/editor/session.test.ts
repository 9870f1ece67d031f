// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { HighlightPainter } from '../../src/editor/highlights';
import { EditorSession, type SessionHost } from '../../src/editor/session';
import { builtinRuleset } from '../../src/rules';
import { gmail } from '../../src/sites/gmail';

beforeAll(() => {
  // happy-dom has no CSS Custom Highlight API: a Set of ranges stands in for a Highlight.
  if (!('Highlight' in globalThis)) vi.stubGlobal('Highlight', class extends Set<Range> {});
});

const names = new Map<string, Highlight>();
const host: SessionHost = {
  ruleset: builtinRuleset,
  painter: new HighlightPainter(names as unknown as HighlightRegistry),
  changed: () => undefined,
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
  it('paints a light compose under cf-<kind> and a dark one under cf-<kind>-dark', () => {
    compose('We create real synergy.', '#ffffff');
    compose('We should leverage this.', '#202124');
    expect(textsIn('cf-buzzword')).toEqual(['synergy']);
    expect(textsIn('cf-buzzword-dark')).toEqual(['leverage']);
  });

  it('moves to the dark names when the compose turns dark, at the next check', () => {
    const session = compose('We create real synergy.', '#ffffff');
    (session.editor.parentElement as HTMLElement).style.backgroundColor = '#1f1f1f';
    session.analyzeNow();
    expect(textsIn('cf-buzzword')).toEqual([]);
    expect(textsIn('cf-buzzword-dark')).toEqual(['synergy']);
  });
});

describe('EditorSession: the site signature names the sender', () => {
  it('judges the opening with the names in the signature block, which itself stays unchecked', () => {
    const opening = 'Hi Dana,</div><div>Quorra dashboards now come with churn alerts, free for a month.';
    const signed = compose(
      `${opening}</div><div class="gmail_signature"><div>Sam Ortiz</div><div>Head of Sales</div>` +
        '<div>sam@quorra.io</div><div>Seamless synergy</div>',
      '#ffffff',
    );
    const unsigned = compose(opening, '#ffffff');
    const kinds = (session: EditorSession) => session.findings.map(({ finding }) => [finding.kind, finding.text]);
    expect(kinds(signed)).toEqual([['pitch-first', 'Quorra dashboards now come with churn alerts, free for a month.']]);
    expect(kinds(unsigned)).toEqual([]);
  });
});
