import { describe, expect, it } from 'vitest';
import { searchSite } from '@/lib/search';
import { RELEVANCE_CASES } from './search-relevance.cases';

describe('search relevance: the expected role is in the top 3', () => {
  it('has at least 40 cases', () => expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(40));

  it.each(RELEVANCE_CASES)('%s «%s» finds %s (%s)', (locale, query, expected) => {
    const top = searchSite(locale, query).roles.slice(0, 3).map((hit) => hit.role.slug);
    expect(top).toContain(expected);
  });
});
