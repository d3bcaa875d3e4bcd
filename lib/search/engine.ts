// Search over roles and topics (skills, tools, study directions). Every field is indexed by
// word stems; a query word matches a stem exactly, through a word of its family (lexicon.ts),
// the last, half-typed word as a prefix, or with one typo when it has 5+ letters. Ranking
// follows what the searcher most likely meant: a role's own name or alias > a skill the role
// cannot do without > a tool it uses > a study direction that leads to it > a useful skill >
// words in its summary, duties or working conditions. Ties are broken by title, alphabetically.
import { editDistance } from '../content/problems';
import { familyOf } from './lexicon';
import { normalize, stem, switchLayout, TOKEN, words } from './text';

export type MatchKind = 'title' | 'alias' | 'essential-skill' | 'tool' | 'study' | 'optional-skill' | 'summary' | 'duty' | 'conditions';
export const TOPIC_KINDS = ['skill', 'tool', 'study'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

/** What the index needs to know about a role: plain data, no pages, no React. */
export interface SearchableRole {
  slug: string;
  title: string;
  aliases: string[];
  summary: string;
  duties: string[];
  skills: { id: string; label: string; synonyms: string[]; weight: 'essential' | 'optional' }[];
  tools: { id: string; name: string; synonyms: string[] }[];
  /** Study directions that lead to the role: "38.03.02 Менеджмент". */
  study: { code: string; name: string }[];
  /** The working-conditions prose, as plain text (remote work, travel…). */
  conditions: string;
}

/** A skill, tool or study direction: listed beside the roles it leads to. */
export interface SearchableTopic {
  kind: TopicKind;
  id: string;
  label: string;
  synonyms: string[];
}

const FIELD_WEIGHT: Record<MatchKind, number> = {
  title: 100,
  alias: 90,
  'essential-skill': 40,
  tool: 30,
  study: 25,
  'optional-skill': 20,
  summary: 8,
  duty: 5,
  conditions: 3,
};
const WHOLE_NAME_BONUS = 1000; // the whole query is the role's name or an alias
const WHOLE_FIELD_BONUS = 300; // one field holds every word of the query («торговое дело»)
const LATER_STUDY_WEIGHT = 20; // a study direction after the role's main one
const TYPO_PENALTY = 0.7;
const FAMILY_FACTOR = 0.95; // продавать -> продажи: nearly as good as the word itself
const PREFIX_FACTOR = 0.9; // «перегов» -> переговоры, for the last word only
const MIN_PREFIX = 4; // shorter beginnings match too much («пер»: персонал, перевозки…)
const EVIDENCE_BONUS_MAX = 5; // more fields mentioning a word break ties, never cross a tier
const MAX_QUERY_LENGTH = 200;

interface Field {
  kind: MatchKind;
  text: string;
  stems: Set<string>;
  /** FIELD_WEIGHT of its kind, less for a study direction listed after the role's first. */
  weight: number;
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
  topics: IndexedDoc<SearchableTopic>[];
  /** stem -> indexes of roles / topics that contain it */
  roleStems: Map<string, number[]>;
  topicStems: Map<string, number[]>;
  /** one-deletion neighbourhood of every indexed word and stem -> [that word or stem, its stem] */
  deletions: Map<string, [string, string][]>;
  /** every indexed word, sorted, with its stem: for prefix matches */
  terms: [string, string][];
}

const stemsOf = (text: string) => new Set(words(text).map(stem));
const field = (kind: MatchKind, text: string, indexed = text, weight = FIELD_WEIGHT[kind]): Field => ({ kind, text, stems: stemsOf(indexed), weight });
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((t) => t.trim());
const phrase = (text: string) => words(text).join(' ');

function deletionsOf(term: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < term.length; i++) out.add(term.slice(0, i) + term.slice(i + 1));
  return [...out];
}

export function buildSearchIndex(locale: string, roles: SearchableRole[], topics: SearchableTopic[]): SearchIndex {
  const collator = new Intl.Collator(locale);
  const roleDocs = roles
    .map<IndexedDoc<SearchableRole>>((role) => {
      const fields: Field[] = [
        field('title', role.title),
        ...role.aliases.map((a) => field('alias', a)),
        ...role.skills.flatMap((s) => [s.label, ...s.synonyms].map((text) => field(s.weight === 'essential' ? 'essential-skill' : 'optional-skill', s.label, text))),
        ...role.tools.flatMap((t) => [t.name, ...t.synonyms].map((text) => field('tool', t.name, text))),
        ...role.study.map((d, i) => field('study', `${d.code} ${d.name}`, `${d.code} ${d.name}`, i === 0 ? FIELD_WEIGHT.study : LATER_STUDY_WEIGHT)),
        field('summary', role.summary),
        ...role.duties.map((d) => field('duty', d)),
        ...sentences(role.conditions).map((c) => field('conditions', c)),
      ];
      return { item: role, sortKey: role.title, fields, names: new Set([role.title, ...role.aliases].map(phrase)) };
    })
    .sort((a, b) => collator.compare(a.sortKey, b.sortKey));
  const topicDocs = topics
    .map<IndexedDoc<SearchableTopic>>((topic) => ({
      item: topic,
      sortKey: topic.label,
      fields: [topic.label, ...topic.synonyms].map((text) => field('title', topic.label, text)),
      names: new Set([topic.label, ...topic.synonyms].map(phrase)),
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
  const topicStems = postings(topicDocs);
  const deletions = new Map<string, [string, string][]>();
  const vocabulary = new Map<string, string>(); // word or stem -> stem
  for (const doc of [...roleDocs, ...topicDocs]) {
    for (const field of doc.fields) {
      for (const w of words(field.text)) vocabulary.set(w, stem(w));
    }
  }
  for (const s of [...roleStems.keys(), ...topicStems.keys()]) vocabulary.set(s, s);
  const terms = [...vocabulary].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [term, termStem] of vocabulary) {
    if (term.length < 4) continue;
    for (const d of [term, ...deletionsOf(term)]) {
      const list = deletions.get(d);
      if (list) list.push([term, termStem]);
      else deletions.set(d, [[term, termStem]]);
    }
  }
  return { locale, roles: roleDocs, topics: topicDocs, roleStems, topicStems, deletions, terms };
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

export interface TopicHit {
  topic: SearchableTopic;
  score: number;
}

export type QueryProblem = 'empty' | 'too-short' | 'truncated';

export interface SearchResult {
  query: string; // what was searched, after clean-up
  correctedFrom?: string; // set when the keyboard layout was switched
  problem?: QueryProblem;
  roles: RoleHit[];
  topics: TopicHit[];
}

const known = (index: SearchIndex, s: string) => index.roleStems.has(s) || index.topicStems.has(s);

/** Stems of indexed words that begin with `start` (binary search in the sorted terms). */
function prefixStems(index: SearchIndex, start: string): Set<string> {
  const out = new Set<string>();
  let lo = 0;
  let hi = index.terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.terms[mid]![0] < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < index.terms.length && index.terms[i]![0].startsWith(start); i++) out.add(index.terms[i]![1]);
  return out;
}

/**
 * For each query word, the stems it stands for: itself and its word family; for the last word,
 * words it begins (it may be half-typed); failing those, with 5+ letters, stems one typo away.
 */
function expand(index: SearchIndex, query: string): { perWord: Map<string, number>[]; all: Map<string, number>; words: string[] } {
  const qWords = words(query).filter((w) => w.length >= 2); // a lone letter matches too much
  const perWord = qWords.map((word, position) => {
    const stems = new Map<string, number>(); // stem -> weight factor (1 exact, less for a typo)
    const s = stem(word);
    if (known(index, s)) stems.set(s, 1);
    for (const relative of familyOf(word)) if (!stems.has(relative) && known(index, relative)) stems.set(relative, FAMILY_FACTOR);
    if (stems.size === 0 && position === qWords.length - 1 && word.length >= MIN_PREFIX) {
      for (const p of prefixStems(index, word)) stems.set(p, PREFIX_FACTOR);
    }
    if (stems.size > 0) return stems;
    if (word.length >= 5) {
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
  for (const m of normalize(text).matchAll(TOKEN)) {
    if (stems.has(stem(m[0]))) marks.push([m.index!, m.index! + m[0].length]);
  }
  return { text, marks };
}

function run(index: SearchIndex, query: string): { roles: RoleHit[]; topics: TopicHit[]; exact: boolean } {
  const { perWord, all: stems, words: qWords } = expand(index, query);
  if (stems.size === 0) return { roles: [], topics: [], exact: false };
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
          if (field.kind !== 'conditions') evidence.add(`${field.kind}:${field.text}`); // prose about the job's setting is too loose to break ties
          const value = field.weight * factor;
          if (value > bestForWord) bestForWord = value;
          if (!best || value > best.value) best = { field, value };
        }
      }
      score += bestForWord + (bestForWord > 0 ? Math.min(evidence.size - 1, EVIDENCE_BONUS_MAX) : 0);
    }
    // A field holding every word of a longer query is what was meant («торговое дело»): it
    // decides the score, so single words matched elsewhere cannot outrank it.
    if (perWord.length > 1 && score < WHOLE_NAME_BONUS) {
      // Only named things (names, skills, tools, directions): a sentence holding "работа" and
      // "удалённая" is no more what was meant than any other mention.
      const wholeFields = doc.fields.filter((f) => f.weight >= FIELD_WEIGHT['optional-skill'] && perWord.every((ws) => [...ws.keys()].some((s) => f.stems.has(s))));
      const strongest = wholeFields.sort((a, b) => b.weight - a.weight)[0];
      if (strongest) {
        score = WHOLE_FIELD_BONUS + strongest.weight * perWord.length;
        best = { field: strongest, value: strongest.weight };
      }
    }
    if (best) scored.push({ i, score, field: best.field });
  }
  scored.sort((a, b) => b.score - a.score || a.i - b.i); // ties: alphabetical (index order)
  const roles: RoleHit[] = scored.slice(0, MAX_ROLE_HITS).map(({ i, score, field }) => ({
    role: index.roles[i]!.item,
    score,
    reason: { kind: field.kind, text: highlight(field.text, stems) },
  }));

  const topics: TopicHit[] = [];
  const topicCandidates = new Set<number>();
  for (const s of stems.keys()) for (const i of index.topicStems.get(s) ?? []) topicCandidates.add(i);
  for (const i of [...topicCandidates].sort((a, b) => a - b)) {
    const doc = index.topics[i]!;
    let score = doc.names.has(whole) ? WHOLE_NAME_BONUS : 0;
    for (const [s, factor] of stems) if (doc.fields.some((f) => f.stems.has(s))) score += 10 * factor;
    topics.push({ topic: doc.item, score });
  }
  topics.sort((a, b) => b.score - a.score);
  return { roles, topics, exact };
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
  if (!letters) return { query, problem: 'empty', roles: [], topics: [] };
  if (letters.length < 2) return { query, problem: 'too-short', roles: [], topics: [] };

  const found = run(index, query);
  // Typed in the wrong layout? Prefer the switched query when it matches words exactly and
  // the original matched nothing or only through typo tolerance.
  if (!found.exact) {
    const switched = switchLayout(query);
    const retry = switched && switched !== query ? run(index, switched) : undefined;
    if (retry?.exact) return { query: switched!, correctedFrom: query, problem, roles: retry.roles, topics: retry.topics };
  }
  return { query, problem, roles: found.roles, topics: found.topics };
}
