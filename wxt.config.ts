import { defineConfig } from 'wxt';
import { MAIL_MATCHES } from './src/sites';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Connection First',
    description:
      'Coaches you while you write to customers: flags buzzwords, pitch-first openings and non-apologies, with one-click rewrites.',
    // scripting + the mail hosts: to inject the checker once a compose opens, nowhere else.
    permissions: ['storage', 'scripting'],
    host_permissions: MAIL_MATCHES,
  },
});
