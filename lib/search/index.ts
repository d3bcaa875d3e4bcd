// The site's search index per locale, built once per process from the content records.
import { getRoles, getSkills, type Locale } from '../content';
import { buildSearchIndex, search, type SearchableRole, type SearchableSkill, type SearchIndex, type SearchResult } from './engine';

export type { RoleHit, SearchResult, SkillHit, Highlighted, MatchKind } from './engine';

const indexes = new Map<Locale, SearchIndex>();

/** The parts of each role record that search reads. */
export function searchableRoles(locale: Locale): SearchableRole[] {
  return getRoles(locale).map((r) => ({
    slug: r.slug,
    title: r.title,
    aliases: r.aliases,
    summary: r.summary,
    duties: r.duties,
    skills: r.skills.map((s) => ({ id: s.skill.id, label: s.skill.label, synonyms: s.skill.synonyms, weight: s.weight })),
  }));
}

export function searchableSkills(locale: Locale): SearchableSkill[] {
  return getSkills(locale).map((s) => ({ id: s.id, label: s.label, synonyms: s.synonyms }));
}

export function getSearchIndex(locale: Locale): SearchIndex {
  let index = indexes.get(locale);
  if (!index) {
    index = buildSearchIndex(locale, searchableRoles(locale), searchableSkills(locale));
    indexes.set(locale, index);
  }
  return index;
}

export function searchSite(locale: Locale, query: string): SearchResult {
  return search(getSearchIndex(locale), query);
}
