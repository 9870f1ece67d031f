// Stored team-list states the popup and options tests start from.

/**
 * Two subscribed team lists as storage keeps them: one fetched fine, one whose last fetch failed with `lastError`.
 * Both were tried just now, so they are not due: a background that wakes during the test (a popup opening
 * restarts it) would otherwise refresh them and replace `lastError` with its own (no permission to read).
 */
export const oneListFailing = (lastError: string) => ({
  teamLists: [
    {
      url: 'https://lists.example.com/acme.json',
      name: 'Acme words',
      ruleCount: 3,
      lastSuccess: Date.UTC(2026, 4, 3),
      lastAttempt: Date.now(),
      pack: { name: 'acme', version: '1', rules: [] },
    },
    {
      url: 'https://lists.example.com/broken.json',
      name: 'Support words',
      lastSuccess: Date.UTC(2026, 4, 1),
      lastAttempt: Date.now(),
      pack: { name: 'support', version: '1', rules: [] },
      lastError,
    },
  ],
});
