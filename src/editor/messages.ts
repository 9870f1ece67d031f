/** The loader content script asks the background to inject the checker into its frame. */
export const LOAD_CHECKER = 'connection-first:load-checker';

/** The checker's bundle, injected into the isolated world of a mail page. */
export const CHECKER_FILE = '/checker.js';
