// Words too short or too common to inflect: "act now" must not grow "nows".
const FIXED = new Set([
  'the',
  'and',
  'for',
  'our',
  'your',
  'you',
  'with',
  'from',
  'this',
  'that',
  'what',
  'own',
  'now',
  'not',
  'any',
  'all',
  'are',
  'was',
  'were',
  'has',
  'have',
  'been',
  'its',
  "it's",
  'into',
  'onto',
  'out',
  'off',
  'than',
  'then',
  'them',
  'they',
  'their',
  'there',
  'only',
  'more',
  'most',
  'very',
  'just',
  'also',
]);

const VOWEL = /[aeiou]/;

/**
 * The forms a rule word takes in running text, so "synergy" also finds "synergies" and "leverage"
 * finds "leveraged" and "leveraging". Over-generation is harmless: forms that are not English
 * words never occur.
 */
export function inflections(word: string): string[] {
  if (word.length < 4 || FIXED.has(word) || !/^[a-z]+$/.test(word)) return [word];
  const forms = new Set([word]);
  const last = word[word.length - 1]!;
  const stem = word.slice(0, -1);
  if (/(s|x|z|ch|sh)$/.test(word)) forms.add(`${word}es`);
  else if (last === 'y' && !VOWEL.test(word[word.length - 2]!)) forms.add(`${stem}ies`);
  else forms.add(`${word}s`);
  if (last === 'e') {
    forms.add(`${word}d`);
    forms.add(`${stem}ing`);
  } else if (last === 'y' && !VOWEL.test(word[word.length - 2]!)) {
    forms.add(`${stem}ied`);
    forms.add(`${word}ing`);
  } else {
    forms.add(`${word}ed`);
    forms.add(`${word}ing`);
    // short consonant-vowel-consonant words double the last letter: ship → shipped
    if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(word)) {
      forms.add(`${word + last}ed`);
      forms.add(`${word + last}ing`);
    }
  }
  return [...forms];
}
