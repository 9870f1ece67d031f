import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { analyze } from '../../engine/analyze';
import { builtinRuleset } from '../../rules/builtin';
import type { Finding } from '../../engine';
import type { ActiveRules } from '../../settings/active-ruleset';
import { kindLabel, kindStyle } from '../kind-style';
import { markText, type Piece } from './marks';

const SAMPLE_TEXT = [
  'Hi Sam,',
  '',
  "I'm Dana from Acme, and we help teams like yours cut reporting time in half. " +
    'Would you be open to a quick call next week?',
  '',
  "We can leverage our end-to-end solutions to create real synergy. I'm sorry you feel the last rollout was rushed.",
  '',
  'Best,',
  'Dana',
].join('\n');

/** How long typing must pause before the text is checked again. */
const DEBOUNCE_MS = 150;

/** A finding in words, for a mark's tooltip. */
const describe = (f: Finding) => `${kindLabel(f.kind)}: ${f.message}`;

/** The text with each finding in a `<mark>`, built from text slices (never parsed as HTML). */
function renderPieces(pieces: Piece[]): ComponentChildren {
  return pieces.map((piece, i) =>
    typeof piece === 'string' ? (
      piece
    ) : (
      <mark
        key={i}
        data-kind={piece.finding.kind}
        data-rule={piece.finding.ruleId}
        data-severity={piece.finding.severity}
        title={describe(piece.finding)}
        style={kindStyle(piece.finding.kind)}
      >
        {renderPieces(piece.children)}
      </mark>
    ),
  );
}

/** Runs `analyze` with the rules in force as you type, and shows the findings in place. */
export function TryIt({ active, failed }: { active?: ActiveRules; failed?: boolean }) {
  const [text, setText] = useState(SAMPLE_TEXT);
  const [checked, setChecked] = useState(SAMPLE_TEXT);
  useEffect(() => {
    if (text === checked) return;
    const timer = setTimeout(() => setChecked(text), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, checked]);

  // Were the rules in force unreadable, the built-in ones still make the box useful.
  const ruleset = active?.ruleset ?? (failed ? builtinRuleset() : undefined);
  const findings = useMemo(() => (ruleset ? analyze(checked, ruleset) : []), [checked, ruleset]);
  const pieces = useMemo(() => markText(checked, findings), [checked, findings]);
  const packs = active?.packs ?? [];

  /** A chip: the rewrite goes in place of the found words, and the text is checked again at once. */
  const apply = (f: Finding, replacement: string) => {
    // The findings are of the checked text; typing since then is kept (the chip waits for the check).
    if (text !== checked) return;
    const next = checked.slice(0, f.start) + replacement + checked.slice(f.end);
    setText(next);
    setChecked(next);
  };
  const total = packs.reduce((n, p) => n + p.ruleCount, 0);

  return (
    <section class="card" aria-labelledby="cf-try-title" data-cf="try-it">
      <h2 id="cf-try-title">Try it</h2>
      <p class="intro">
        Paste a draft to see what the rules in force flag, for example to test a team list before sharing it. Nothing
        you type here is stored or sent.
      </p>
      {active && (
        <p class="muted" data-cf="try-packs">
          Using {total} rules: {packs.map((p) => `${p.name} (${p.ruleCount})`).join(', ')}
        </p>
      )}
      <label for="cf-try-input">Text to check</label>
      <textarea
        id="cf-try-input"
        data-cf="try-input"
        rows={8}
        spellcheck={false}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <h3 id="cf-try-result-title">Findings in place</h3>
      {/* A labelled region a screen reader can go to; it never scrolls, so it needs no tab stop. */}
      <section class="try-output" data-cf="try-output" aria-labelledby="cf-try-result-title">
        {renderPieces(pieces)}
      </section>
      <p class="muted" role="status" aria-live="polite" data-cf="try-count">
        {!ruleset
          ? 'Loading the rules…'
          : findings.length === 0
            ? 'No findings.'
            : `${findings.length} finding${findings.length === 1 ? '' : 's'}`}
      </p>
      {findings.length > 0 && (
        <ol class="findings">
          {findings.map((f) => (
            <li
              key={`${f.ruleId}:${f.start}:${f.end}`}
              data-cf="try-finding"
              data-kind={f.kind}
              style={kindStyle(f.kind)}
            >
              <div class="finding-head">
                <span class="kind">{kindLabel(f.kind)}</span>
                {f.severity === 'hint' && <span class="tag">hint</span>}
                <code class="rule-id">{f.ruleId}</code>
              </div>
              <p class="found">“{f.text.replace(/\s+/g, ' ')}”</p>
              <p class="rule-message">{f.message}</p>
              {f.suggestions.length > 0 && (
                <p class="suggestions">
                  Try:{' '}
                  {f.suggestions.map((s, i) => (
                    <button
                      type="button"
                      key={i}
                      class="try-chip"
                      data-cf="try-chip"
                      title="Put this in the text above"
                      onClick={() => apply(f, s.replacement)}
                    >
                      {s.label ? `${s.label}: ${s.replacement}` : s.replacement}
                    </button>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
