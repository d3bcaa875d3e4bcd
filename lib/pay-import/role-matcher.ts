// Which role a vacancy title is for: the role whose name (title, alias or job-search phrase)
// appears in the title as whole words, in any grammatical form. The longest matching name wins;
// two roles matching equally well are ambiguous and skipped, never guessed.
import { stem, words } from '../search/text';

/** One-word names that say nothing about the kind of manager. */
const GENERIC = new Set(['менеджер', 'руководитель', 'специалист', 'manager', 'специалист по', 'head'].map((w) => stem(w)));

export interface RoleNames {
  slug: string;
  names: string[];
}

export type TitleMatch = { role: string } | { skipped: 'unknown-title' | 'ambiguous-title' };

const stems = (text: string) => words(text.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ')).map(stem);

export function roleMatcher(roles: readonly RoleNames[]): (title: string) => TitleMatch {
  const phrases = roles.flatMap((r) =>
    r.names
      .map((name) => stems(name))
      .filter((s) => s.length > 1 || (s.length === 1 && !GENERIC.has(s[0]!)))
      .map((s) => ({ role: r.slug, stems: s })),
  );
  return (title) => {
    const t = stems(title);
    const contains = (p: string[]) => t.some((_, i) => p.every((s, j) => t[i + j] === s));
    let best = 0;
    let winners = new Set<string>();
    for (const p of phrases) {
      if (p.stems.length < best || !contains(p.stems)) continue;
      if (p.stems.length > best) {
        best = p.stems.length;
        winners = new Set();
      }
      winners.add(p.role);
    }
    if (winners.size === 0) return { skipped: 'unknown-title' };
    if (winners.size > 1) return { skipped: 'ambiguous-title' };
    return { role: [...winners][0]! };
  };
}
