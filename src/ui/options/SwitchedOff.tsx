import { useState } from 'preact/hooks';
import { enableRule } from '../../settings/personal';
import { ruleName } from './BuiltinRules';
import { errorMessage } from './live';

/**
 * The rules the user switched off (from a card or here), first on the page, each with "Turn back
 * on". Nothing is shown while there are none.
 */
export function SwitchedOff({ disabled }: { disabled?: readonly string[] }) {
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string>();
  if (!disabled || disabled.length === 0) return null;

  const turnOn = (id: string) => {
    setError(undefined);
    setPending((p) => new Set(p).add(id));
    const done = () =>
      setPending((p) => {
        const next = new Set(p);
        next.delete(id);
        return next;
      });
    enableRule(id).then(done, (e: unknown) => {
      done();
      setError(`Could not turn ${id} back on: ${errorMessage(e)}`);
    });
  };

  return (
    <section class="card" aria-labelledby="cf-off-title" data-cf="switched-off">
      <h2 id="cf-off-title">Rules you switched off</h2>
      <p class="intro">These are not flagged anywhere. Turn one back on to see it again.</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <ul class="rules">
        {disabled.map((id) => (
          <li key={id} class="rule" data-cf="switched-off-rule" data-rule={id}>
            <span class="rule-name">{ruleName(id)}</span> <small class="rule-id">{id}</small>{' '}
            <button
              type="button"
              data-cf="turn-back-on"
              disabled={pending.has(id)}
              aria-label={`Turn back on: ${ruleName(id)}`}
              onClick={() => turnOn(id)}
            >
              Turn back on
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
