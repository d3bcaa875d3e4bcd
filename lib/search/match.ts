// "I have these skills": roles ranked by how much of their skill set the person covers.
// Essential skills weigh three times as much as optional ones; ties go to the role with
// more essential skills covered, then alphabetically (the order roles are passed in).
export interface MatchableRole {
  slug: string;
  skills: { id: string; weight: 'essential' | 'optional' }[];
}

export interface RoleMatch<R extends MatchableRole> {
  role: R;
  score: number; // 0..1
  essential: { have: number; total: number };
  optional: { have: number; total: number };
  missingEssential: string[];
}

export function matchRoles<R extends MatchableRole>(selected: ReadonlySet<string>, roles: R[]): RoleMatch<R>[] {
  const matches = roles.map((role) => {
    const essential = role.skills.filter((s) => s.weight === 'essential');
    const optional = role.skills.filter((s) => s.weight === 'optional');
    const have = (list: { id: string }[]) => list.filter((s) => selected.has(s.id)).length;
    const e = { have: have(essential), total: essential.length };
    const o = { have: have(optional), total: optional.length };
    const share = (x: { have: number; total: number }) => (x.total ? x.have / x.total : 0);
    return {
      role,
      score: 0.75 * share(e) + 0.25 * share(o),
      essential: e,
      optional: o,
      missingEssential: essential.filter((s) => !selected.has(s.id)).map((s) => s.id),
    };
  });
  return matches
    .filter((m) => m.essential.have + m.optional.have > 0)
    .sort((a, b) => b.score - a.score || b.essential.have - a.essential.have);
}
