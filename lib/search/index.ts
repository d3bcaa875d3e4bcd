// The site's search index per locale, built once per process from the content records.
import { getRoles, getSkills, getStudyDirections, getTools, type Locale } from '../content';
import { buildSearchIndex, search, type SearchableRole, type SearchableTopic, type SearchIndex, type SearchResult } from './engine';

export type { RoleHit, SearchResult, TopicHit, TopicKind, Highlighted, MatchKind } from './engine';

const indexes = new Map<Locale, SearchIndex>();

const plainText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, ' ').trim();

/** The parts of each role record that search reads. */
export function searchableRoles(locale: Locale): SearchableRole[] {
  return getRoles(locale).map((r) => ({
    slug: r.slug,
    title: r.title,
    aliases: r.aliases,
    summary: r.summary,
    duties: r.duties,
    skills: r.skills.map((s) => ({ id: s.skill.id, label: s.skill.label, synonyms: s.skill.synonyms, weight: s.weight })),
    tools: r.tools.map((t) => ({ id: t.id, name: t.name, synonyms: t.synonyms })),
    study: r.codes.studyDirections.map((d) => ({ code: d.code, name: d.name })),
    conditions: plainText(r.sections.find((s) => s.id === 'conditions')?.html ?? ''),
  }));
}

/** Skills, tools and study directions, listed beside the roles. */
export function searchableTopics(locale: Locale): SearchableTopic[] {
  return [
    ...getSkills(locale).map((s) => ({ kind: 'skill' as const, id: s.id, label: s.label, synonyms: s.synonyms })),
    ...getTools(locale).map((t) => ({ kind: 'tool' as const, id: t.id, label: t.name, synonyms: t.synonyms })),
    ...getStudyDirections(locale).map((d) => ({ kind: 'study' as const, id: d.code, label: `${d.code} ${d.name}`, synonyms: [] })),
  ];
}

export function getSearchIndex(locale: Locale): SearchIndex {
  let index = indexes.get(locale);
  if (!index) {
    index = buildSearchIndex(locale, searchableRoles(locale), searchableTopics(locale));
    indexes.set(locale, index);
  }
  return index;
}

export function searchSite(locale: Locale, query: string): SearchResult {
  return search(getSearchIndex(locale), query);
}
