/** The key in the page that opens the card at the caret (src/editor/session.ts); Option is Alt on a Mac. */
export function pageShortcut(platform = globalThis.navigator?.platform ?? ''): string {
  return /^Mac/.test(platform) ? 'Option+Enter' : 'Alt+Enter';
}

/**
 * The keys that open a card, in words: the page's own key, and the browser's command when it is
 * bound (`command` as the browser names it; '' when the user unbound it).
 */
export function shortcutText(command: string, platform?: string): string {
  const key = pageShortcut(platform);
  return command && command !== key ? `${key} or ${command}` : key;
}
