import { browser, type Browser } from 'wxt/browser';
import { OPEN_CARD, OPEN_CARD_COMMAND, type ShortcutAnswer } from '../../src/messaging/messages';

/**
 * The open-card command: the browser reports the key press here (commands reach only the
 * background), and it is passed on to the checker in the tab where it was pressed. The checker
 * opens the card of the finding at the caret, as Alt+Enter does in the page.
 */
export async function routeCommand(command: string, tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (command !== OPEN_CARD_COMMAND) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  try {
    await browser.tabs.sendMessage(tabId, { type: OPEN_CARD });
  } catch {
    // No checker in that tab (not a mail page, or no compose opened yet): nothing to open.
  }
}

/** The key the open-card command is bound to now ('' when unbound), for the card and the list. */
export async function currentShortcut(): Promise<ShortcutAnswer> {
  const commands = await browser.commands.getAll();
  return { shortcut: commands.find((c) => c.name === OPEN_CARD_COMMAND)?.shortcut ?? '' };
}
