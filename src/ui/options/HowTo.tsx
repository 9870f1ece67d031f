import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OPEN_CARD_COMMAND } from '../../messaging/messages';
import { shortcutText } from '../shortcut';

/** The browser's key for the open-card command, '' while unknown or unbound. */
function useCommandKey(): string {
  const [key, setKey] = useState('');
  useEffect(() => {
    const commands = (browser as { commands?: typeof browser.commands }).commands;
    commands
      ?.getAll()
      .then((all) => setKey(all.find((c) => c.name === OPEN_CARD_COMMAND)?.shortcut ?? ''))
      .catch(() => undefined);
  }, []);
  return key;
}

/** Four lines at the top of the options page: how to use it in mail. */
export function HowTo() {
  const keys = shortcutText(useCommandKey());
  return (
    <section class="card" aria-labelledby="cf-how-title" data-cf="how-to">
      <h2 id="cf-how-title">How to use it in your mail</h2>
      <ol class="how-to">
        <li>Open a new message, a reply or a forward in Gmail or Outlook on the web.</li>
        <li>As you write, words that may cost you the reader's attention get a coloured underline.</li>
        <li>
          Point at an underline, or put the caret in it and press <kbd data-cf="how-to-keys">{keys}</kbd>.
        </li>
        <li>Pick a rewrite to put it in your message, or leave the words as they are.</li>
      </ol>
      <p class="muted">
        You can change the second shortcut in your browser's shortcut settings (in Chrome:
        chrome://extensions/shortcuts).
      </p>
    </section>
  );
}
