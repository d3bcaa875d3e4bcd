// Search over roles and skills. Every field is indexed by word stems; a query word matches a
// stem exactly, or with one typo when it has 5+ letters. Ranking follows what the searcher
// most likely meant: a role's own name or alias > a skill the role cannot do without > a
// useful skill > words in its duties or summary. Ties are broken by title, alphabetically.
import { editDistance } from '../content/problems';
import { normalize, stem, switchLayout, words } from './text';

export type MatchKind = 'title' | 'alias' | 'essential-skill' | 'optional-skill' | 'summary' | 'duty';

/** What the index needs to know about a role: plain data, no pages, no React. */
export interface SearchableRole {
  slug: string;
  title: string;
  aliases: string[];
  summary: string;
  duties: string[];
  skills: { id: string; label: string; synonyms: string[]; weight: 'essential' | 'optional' }[];
}

export interface SearchableSkill {
  id: string;
  label: string;
  synonyms: string[];
}

const FIELD_WEIGHT: Record<MatchKind, number> = {
  title: 100,
  alias: 90,
  'essential-skill': 40,
  'optional-skill': 20,
  summary: 8,
  duty: 5,
};
const WHOLE_NAME_BONUS = 1000; // the whole query is the role's name or an alias
const TYPO_PENALTY = 0.7;
const EVIDENCE_BONUS_MAX = 5; // more fields mentioning a word break ties, never cross a tier
const MAX_QUERY_LENGTH = 200;

interface Field {
  kind: MatchKind;
  text: string;
  stems: Set<string>;
}

interface IndexedDoc<T> {
  item: T;
  sortKey: string;
  fields: Field[];
  names: Set<string>; // normalized title and aliases, for whole-name matches
}

export interface SearchIndex {
  locale: string;
  roles: IndexedDoc<SearchableRole>[];
  skills: IndexedDoc<SearchableSkill>[];
  /** stem -> indexes of roles / skills that contain it */
  roleStems: Map<string, number[]>;
  skillStems: Map<string, number[]>;
  /** one-deletion neighbourhood of every indexed word and stem -> [that word or stem, its stem] */
  deletions: Map<string, [string, string][]>;
}

const stemsOf = (text: string) => new Set(words(text).map(stem));
const phrase = (text: string) => words(text).join(' ');

function deletionsOf(term: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < term.length; i++) out.add(term.slice(0, i) + term.slice(i + 1));
  return [...out];
}

export function buildSearchIndex(locale: string, roles: SearchableRole[], skills: SearchableSkill[]): SearchIndex {
  const collator = new Intl.Collator(locale);
  const roleDocs = roles
    .map<IndexedDoc<SearchableRole>>((role) => {
      const fields: Field[] = [
        { kind: 'title', text: role.title, stems: stemsOf(role.title) },
        ...role.aliases.map((a) => ({ kind: 'alias' as const, text: a, stems: stemsOf(a) })),
        ...role.skills.flatMap((s) =>
          [s.label, ...s.synonyms].map((text) => ({
            kind: s.weight === 'essential' ? ('essential-skill' as const) : ('optional-skill' as const),
            text: s.label,
            stems: stemsOf(text),
          })),
        ),
        { kind: 'summary', text: role.summary, stems: stemsOf(role.summary) },
        ...role.duties.map((d) => ({ kind: 'duty' as const, text: d, stems: stemsOf(d) })),
      ];
      return { item: role, sortKey: role.title, fields, names: new Set([role.title, ...role.aliases].map(phrase)) };
    })
    .sort((a, b) => collator.compare(a.sortKey, b.sortKey));
  const skillDocs = skills
    .map<IndexedDoc<SearchableSkill>>((skill) => ({
      item: skill,
      sortKey: skill.label,
      fields: [skill.label, ...skill.synonyms].map((text) => ({ kind: 'title' as const, text: skill.label, stems: stemsOf(text) })),
      names: new Set([skill.label, ...skill.synonyms].map(phrase)),
    }))
    .sort((a, b) => collator.compare(a.sortKey, b.sortKey));

  const postings = (docs: IndexedDoc<unknown>[]) => {
    const map = new Map<string, number[]>();
    docs.forEach((doc, i) => {
      const all = new Set(doc.fields.flatMap((f) => [...f.stems]));
      for (const s of all) {
        const list = map.get(s);
        if (list) list.push(i);
        else map.set(s, [i]);
      }
    });
    return map;
  };
  const roleStems = postings(roleDocs);
  const skillStems = postings(skillDocs);
  const deletions = new Map<string, [string, string][]>();
  const vocabulary = new Map<string, string>(); // word or stem -> stem
  for (const doc of [...roleDocs, ...skillDocs]) {
    for (const field of doc.fields) {
      for (const w of words(field.text)) vocabulary.set(w, stem(w));
    }
  }
  for (const s of [...roleStems.keys(), ...skillStems.keys()]) vocabulary.set(s, s);
  for (const [term, termStem] of vocabulary) {
    if (term.length < 4) continue;
    for (const d of [term, ...deletionsOf(term)]) {
      const list = deletions.get(d);
      if (list) list.push([term, termStem]);
      else deletions.set(d, [[term, termStem]]);
    }
  }
  return { locale, roles: roleDocs, skills: skillDocs, roleStems, skillStems, deletions };
}

// --- querying --------------------------------------------------------------------------

export interface Highlighted {
  text: string;
  /** [start, end) character ranges of `text` to highlight */
  marks: [number, number][];
}

export interface RoleHit {
  role: SearchableRole;
  score: number;
  reason: { kind: MatchKind; text: Highlighted };
}

const MAX_ROLE_HITS = 50; // a results page never shows more; highlighting is the costly part

export interface SkillHit {
  skill: SearchableSkill;
  score: number;
}

export type QueryProblem = 'empty' | 'too-short' | 'truncated';

export interface SearchResult {
  query: string; // what was searched, after clean-up
  correctedFrom?: string; // set when the keyboard layout was switched
  problem?: QueryProblem;
  roles: RoleHit[];
  skills: SkillHit[];
}

/** For each query word, the stems it stands for: itself, or (5+ letters) stems one typo away. */
function expand(index: SearchIndex, query: string): { perWord: Map<string, number>[]; all: Map<string, number>; words: string[] } {
  const qWords = words(query).filter((w) => w.length >= 2); // a lone letter matches too much
  const perWord = qWords.map((word) => {
    const stems = new Map<string, number>(); // stem -> weight factor (1 exact, less for a typo)
    const s = stem(word);
    if (index.roleStems.has(s) || index.skillStems.has(s)) stems.set(s, 1);
    else if (word.length >= 5) {
      for (const probe of new Set([word, s])) {
        for (const d of [probe, ...deletionsOf(probe)]) {
          for (const [term, termStem] of index.deletions.get(d) ?? []) {
            if (editDistance(probe, term) <= 1) stems.set(termStem, TYPO_PENALTY);
          }
        }
      }
    }
    return stems;
  });
  const all = new Map<string, number>();
  for (const stems of perWord) for (const [s, f] of stems) all.set(s, Math.max(f, all.get(s) ?? 0));
  return { perWord, all, words: qWords };
}

function highlight(text: string, stems: Map<string, number>): Highlighted {
  const marks: [number, number][] = [];
  for (const m of normalize(text).matchAll(/[\p{L}\p{N}]+/gu)) {
    if (stems.has(stem(m[0]))) marks.push([m.index!, m.index! + m[0].length]);
  }
  return { text, marks };
}

function run(index: SearchIndex, query: string): { roles: RoleHit[]; skills: SkillHit[]; exact: boolean } {
  const { perWord, all: stems, words: qWords } = expand(index, query);
  if (stems.size === 0) return { roles: [], skills: [], exact: false };
  const exact = [...stems.values()].some((factor) => factor === 1);
  const whole = qWords.join(' ');

  const scored: { i: number; score: number; field: Field }[] = [];
  const candidates = new Set<number>();
  for (const s of stems.keys()) for (const i of index.roleStems.get(s) ?? []) candidates.add(i);
  for (const i of candidates) {
    const doc = index.roles[i]!;
    let score = doc.names.has(whole) ? WHOLE_NAME_BONUS : 0;
    let best: { field: Field; value: number } | undefined;
    // Each query word counts once, through the strongest field that has it.
    for (const wordStems of perWord) {
      let bestForWord = 0;
      const evidence = new Set<string>(); // distinct texts (a skill counts once, with its synonyms)
      for (const field of doc.fields) {
        for (const [s, factor] of wordStems) {
          if (!field.stems.has(s)) continue;
          evidence.add(`${field.kind}:${field.text}`);
          const value = FIELD_WEIGHT[field.kind] * factor;
          if (value > bestForWord) bestForWord = value;
          if (!best || value > best.value) best = { field, value };
        }
      }
      score += bestForWord + (bestForWord > 0 ? Math.min(evidence.size - 1, EVIDENCE_BONUS_MAX) : 0);
    }
    if (best) scored.push({ i, score, field: best.field });
  }
  scored.sort((a, b) => b.score - a.score || a.i - b.i); // ties: alphabetical (index order)
  const roles: RoleHit[] = scored.slice(0, MAX_ROLE_HITS).map(({ i, score, field }) => ({
    role: index.roles[i]!.item,
    score,
    reason: { kind: field.kind, text: highlight(field.text, stems) },
  }));

  const skills: SkillHit[] = [];
  const skillCandidates = new Set<number>();
  for (const s of stems.keys()) for (const i of index.skillStems.get(s) ?? []) skillCandidates.add(i);
  for (const i of [...skillCandidates].sort((a, b) => a - b)) {
    const doc = index.skills[i]!;
    let score = doc.names.has(whole) ? WHOLE_NAME_BONUS : 0;
    for (const [s, factor] of stems) if (doc.fields.some((f) => f.stems.has(s))) score += 10 * factor;
    skills.push({ skill: doc.item, score });
  }
  skills.sort((a, b) => b.score - a.score);
  return { roles, skills, exact };
}

/** Cleans the query, searches, and retries in the other keyboard layout when nothing matched. */
export function search(index: SearchIndex, rawQuery: string): SearchResult {
  let query = rawQuery.replace(/\s+/g, ' ').trim();
  let problem: QueryProblem | undefined;
  if (query.length > MAX_QUERY_LENGTH) {
    query = query.slice(0, MAX_QUERY_LENGTH);
    problem = 'truncated';
  }
  const letters = words(query).join('');
  if (!letters) return { query, problem: 'empty', roles: [], skills: [] };
  if (letters.length < 2) return { query, problem: 'too-short', roles: [], skills: [] };

  const found = run(index, query);
  // Typed in the wrong layout? Prefer the switched query when it matches words exactly and
  // the original matched nothing or only through typo tolerance.
  if (!found.exact) {
    const switched = switchLayout(query);
    const retry = switched && switched !== query ? run(index, switched) : undefined;
    if (retry?.exact) return { query: switched!, correctedFrom: query, problem, roles: retry.roles, skills: retry.skills };
  }
  return { query, problem, roles: found.roles, skills: found.skills };
}
