/** Gives a replacement the capitals of the words it replaces: "Leverage" → "Use", "ASAP" style → upper case. */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = letters[0];
  if (first && first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  if (first && /^\p{Lu}\p{Ll}/u.test(replacement) && !/^I\b/.test(replacement)) {
    return replacement.charAt(0).toLowerCase() + replacement.slice(1);
  }
  return replacement;
}

/** A word in capitals for emphasis or as an acronym: "EVERY", "FREE", "ATOMS"; two letters or more. */
export const isShoutedWord = (word: string) => /^\p{Lu}{2,}$/u.test(word);
