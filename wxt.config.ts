import { defineConfig } from 'wxt';

// Host list shared with the content script's match patterns.
export const MAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Connection First',
    description:
      'Coaches you while you write to customers: flags buzzwords, pitch-first openings and non-apologies, with one-click rewrites.',
    permissions: ['storage'],
  },
});
