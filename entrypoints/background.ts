import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CHECKER_FILE, LOAD_CHECKER } from '../src/editor/messages';

async function injectChecker(tabId: number, frameId: number): Promise<void> {
  // Default world is the extension's isolated world: nothing runs in the page's own scripts.
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CHECKER_FILE] });
  } else {
    await browser.tabs.executeScript(tabId, { file: CHECKER_FILE, frameId });
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if ((message as { type?: string } | null)?.type !== LOAD_CHECKER || sender.tab?.id === undefined) return undefined;
    return injectChecker(sender.tab.id, sender.frameId ?? 0);
  });
});
