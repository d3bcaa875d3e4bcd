import { describe, expect, it } from 'vitest';
import { matchRoles } from '@/lib/search/match';
import { parseIdList } from '@/lib/query-list';

const roles = [
  { slug: 'a', skills: [{ id: 'x', weight: 'essential' as const }, { id: 'y', weight: 'essential' as const }, { id: 'z', weight: 'optional' as const }] },
  { slug: 'b', skills: [{ id: 'x', weight: 'optional' as const }, { id: 'w', weight: 'essential' as const }] },
  { slug: 'c', skills: [{ id: 'q', weight: 'essential' as const }] },
];

describe('matchRoles', () => {
  it('ranks by coverage, essential skills weighing most, and lists missing essentials', () => {
    const result = matchRoles(new Set(['x', 'z']), roles);
    expect(result.map((m) => m.role.slug)).toEqual(['a', 'b']);
    expect(result[0]).toMatchObject({ essential: { have: 1, total: 2 }, optional: { have: 1, total: 1 }, missingEssential: ['y'] });
    expect(result[0]!.score).toBeCloseTo(0.75 * 0.5 + 0.25);
  });

  it('leaves out roles that share nothing with the selection', () => {
    expect(matchRoles(new Set(['x']), roles).map((m) => m.role.slug)).not.toContain('c');
    expect(matchRoles(new Set(), roles)).toEqual([]);
  });
});

describe('parseIdList', () => {
  it('caps at max and reports the rest', () => {
    expect(parseIdList('a,b,c', new Set(['a', 'b', 'c']), 2)).toEqual({ ids: ['a', 'b'], dropped: ['c'], unknown: [] });
  });
});
