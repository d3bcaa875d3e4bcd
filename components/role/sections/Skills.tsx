import { getDictionary } from '@/lib/i18n';
import { skillHref } from '@/lib/links';
import type { SectionProps } from './types';

export function Skills({ role }: SectionProps) {
  const t = getDictionary(role.locale).role;
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      {(['essential', 'optional'] as const).map((weight) => (
        <div key={weight}>
          <h3 className="text-lg font-semibold">{t[weight]}</h3>
          <ul className="mt-2 space-y-1" data-skill-weight={weight}>
            {role.skills
              .filter((s) => s.weight === weight)
              .map(({ skill }) => (
                <li key={skill.id}>
                  <a href={skillHref(role.locale, skill.id)}>{skill.label}</a> <span className="text-sm text-muted">({t.skillKinds[skill.kind]})</span>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
