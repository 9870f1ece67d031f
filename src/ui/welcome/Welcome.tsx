import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useActiveRules } from '../options/live';
import { TryIt } from '../options/TryIt';

/** Keys that work inside a compose window and in the card (see src/editor/session.ts and src/ui/Card.tsx). */
const PAGE_SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ['Alt', 'Enter'], what: 'With the caret in underlined words: open their card (Option+Enter on a Mac).' },
  { keys: ['Tab'], what: 'In the card: move between the rewrites and the other buttons.' },
  { keys: ['Esc'], what: 'Close the card; the caret goes back where it was.' },
  { keys: ['Ctrl', 'Z'], what: 'Take back a rewrite you applied (⌘Z on a Mac), like any typing.' },
];

interface BrowserShortcut {
  name: string;
  shortcut: string;
  description: string;
}

/**
 * The extension's browser-level shortcuts as the user has them bound now (they can be changed in
 * the browser's shortcut settings), leaving out unbound ones and the toolbar button's own.
 */
function useBrowserShortcuts(): BrowserShortcut[] {
  const [shortcuts, setShortcuts] = useState<BrowserShortcut[]>([]);
  useEffect(() => {
    let live = true;
    const commands = browser.commands as typeof browser.commands | undefined;
    commands
      ?.getAll()
      .then((all) => {
        if (!live) return;
        setShortcuts(
          all.flatMap(({ name, shortcut, description }) =>
            name && shortcut && description && !name.startsWith('_execute') ? [{ name, shortcut, description }] : [],
          ),
        );
      })
      .catch(() => undefined); // no shortcut list: the page still lists the in-page keys
    return () => {
      live = false;
    };
  }, []);
  return shortcuts;
}

const Keys = ({ keys }: { keys: string[] }) => (
  <>
    {keys.map((key, i) => (
      <span key={key}>
        {i > 0 && '+'}
        <kbd>{key}</kbd>
      </span>
    ))}
  </>
);

/**
 * The page that opens once, when the extension is first installed: what it does, a sample draft
 * checked in place by the same engine and rules the mail pages use, the keys, the privacy promise
 * and the way to the options page. It reads storage only; nothing here goes over the network.
 */
export function Welcome() {
  const active = useActiveRules();
  const browserShortcuts = useBrowserShortcuts();
  return (
    <>
      <header class="page-head">
        <h1>Connection First is ready</h1>
      </header>
      <main>
        <section class="card" aria-labelledby="cf-welcome-what" data-cf="welcome-what">
          <h2 id="cf-welcome-what">What it does</h2>
          <p>
            While you write to a customer in Gmail or Outlook on the web, Connection First underlines what makes readers
            stop reading, says why in a sentence, and offers rewrites that put the reader first:
          </p>
          <ul>
            <li>buzzwords and jargon, such as "end-to-end solutions" or "circle back";</li>
            <li>openings that pitch you or your company before a word about the reader;</li>
            <li>apologies that regret how the reader feels instead of owning what happened.</li>
          </ul>
          <p>
            Mail tabs that were already open work now, with no reload: start or continue a message and the underlines
            appear. Nothing is ever added to your message, and a rewrite is only applied when you click it.
          </p>
        </section>
        <TryIt active={active.value} failed={!!active.error} />
        <section class="card" aria-labelledby="cf-welcome-keys" data-cf="welcome-keys">
          <h2 id="cf-welcome-keys">Keyboard shortcuts</h2>
          <dl class="shortcuts">
            {PAGE_SHORTCUTS.map(({ keys, what }) => (
              <div key={what} data-cf="welcome-shortcut">
                <dt>
                  <Keys keys={keys} />
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
            {browserShortcuts.map(({ name, shortcut, description }) => (
              <div key={name} data-cf="welcome-shortcut">
                <dt>
                  <Keys keys={shortcut.split('+')} />
                </dt>
                <dd>{description} (you can change this key in the browser's shortcut settings).</dd>
              </div>
            ))}
          </dl>
        </section>
        <section class="card" aria-labelledby="cf-welcome-privacy" data-cf="welcome-privacy">
          <h2 id="cf-welcome-privacy">Your drafts stay on this computer</h2>
          <p>
            Every check runs inside your browser. The text of your drafts is never sent anywhere, not to us and not to
            anyone else. The only thing the extension ever downloads is a team word list that you, or your
            organisation's administrator, subscribed to.
          </p>
        </section>
        <section class="card" aria-labelledby="cf-welcome-next" data-cf="welcome-next">
          <h2 id="cf-welcome-next">Make it yours</h2>
          <p>
            Turn built-in rules on or off, add your own phrases, or subscribe to your team's list in the{' '}
            <a href="/options.html" data-cf="welcome-options">
              Connection First options
            </a>
            . The toolbar button switches checking on or off for each mail site.
          </p>
        </section>
      </main>
    </>
  );
}
