/**
 * Counts and articles in English prose: "1 phase", "3 phases", "an action". Every screen,
 * message and CSV builds them here, so none reads "1 phases" or "a action". Pure, no imports,
 * so any lib folder may use it (lib/ui/format.ts re-exports it for components).
 */
// Built on first use, not at import: client components import this module, and building Intl
// objects while the page starts counts against its blocking time.
let pluralRules: Intl.PluralRules | undefined;
const plurals = () => (pluralRules ??= new Intl.PluralRules("en-GB"));

/**
 * "1 phase", "3 phases": the plural is `${noun}s` unless given (e.g. countOf(n, "entry", "entries")).
 * Intl.PluralRules picks the form, so the rule is the locale's, not a hand-written `n === 1`.
 */
export function countOf(count: number, singular: string, pluralForm = pluralNoun(singular)): string {
  return `${count} ${plurals().select(count) === "one" ? singular : pluralForm}`;
}

/** The plural of a regular noun, for headings without a count: "No actions yet". */
export const pluralNoun = (singular: string): string => `${singular}s`;

/** Shorthand for the regular plurals: plural(3, "phase") → "3 phases". */
export const plural = (count: number, noun: string): string => countOf(count, noun);

// Words that start with a vowel letter but a consonant sound, and the reverse.
const consonantSound = /^(one|once|uni(?!n)|use|usu|eu|ewe)/i;
const vowelSound = /^(hour|honest|honou?r|heir)/i;

/** "an action", "a project", "a use case", "an hour": the article for a singular noun. */
export function withArticle(noun: string): string {
  const an = vowelSound.test(noun) || (/^[aeiou]/i.test(noun) && !consonantSound.test(noun));
  return `${an ? "an" : "a"} ${noun}`;
}
