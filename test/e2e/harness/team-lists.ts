// Stored team-list states the popup and options tests start from.

/** Two subscribed team lists as storage keeps them: one fetched fine, one whose last fetch failed with `lastError`. */
export const oneListFailing = (lastError: string) => ({
  teamLists: [
    {
      url: 'https://lists.example.com/acme.json',
      name: 'Acme words',
      ruleCount: 3,
      lastSuccess: Date.UTC(2026, 4, 3),
      pack: { name: 'acme', version: '1', rules: [] },
    },
    {
      url: 'https://lists.example.com/broken.json',
      name: 'Support words',
      lastSuccess: Date.UTC(2026, 4, 1),
      pack: { name: 'support', version: '1', rules: [] },
      lastError,
    },
  ],
});
