// Text handling for search: normalize, split into words, stem each word by its script
// (Cyrillic with the Russian Snowball stemmer, Latin with the English one, whatever the
// page's language: Russian users type "Excel" and English users may paste «переговоры»).
import { newStemmer } from 'snowball-stemmers';

const russian = newStemmer('russian');
const english = newStemmer('english');

export function normalize(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').normalize('NFC');
}

/** A study-direction code ("38.03.02") is one word; otherwise runs of letters and digits. */
export const TOKEN = /\d{2}\.\d{2}\.\d{2}|[\p{L}\p{N}]+/gu;

/** Words of letters and digits, lower-cased, with ё folded into е. */
export function words(text: string): string[] {
  return normalize(text).match(TOKEN) ?? [];
}

const CYRILLIC = /[а-я]/;

const stems = new Map<string, string>(); // a vocabulary is small; stemming is not free

export function stem(word: string): string {
  if (word.length < 3 || /\d/.test(word)) return word; // codes and numbers are matched as typed
  let result = stems.get(word);
  if (result === undefined) {
    result = CYRILLIC.test(word) ? russian.stem(word) : english.stem(word);
    if (stems.size < 200_000) stems.set(word, result);
  }
  return result;
}

// --- keyboard layout: what «kjubcnbrf» was meant to be ------------------------------------
const LATIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const RUSSIAN = 'йцукенгшщзхъфывапролджэячсмитьбюё';
const toRussian = new Map([...LATIN].map((c, i) => [c, RUSSIAN[i]!]));
const toLatin = new Map([...RUSSIAN].map((c, i) => [c, LATIN[i]!]));

/** The same keys pressed in the other layout: "kjubcnbrf" -> "логистика", "тупщ" -> "negо"... */
export function switchLayout(text: string): string | undefined {
  const lower = text.toLowerCase();
  const latin = [...lower].filter((c) => toRussian.has(c)).length;
  const cyrillic = [...lower].filter((c) => toLatin.has(c)).length;
  if (latin === 0 && cyrillic === 0) return undefined;
  const map = latin >= cyrillic ? toRussian : toLatin;
  return [...lower].map((c) => map.get(c) ?? c).join('');
}
