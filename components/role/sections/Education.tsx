import { getDictionary } from '@/lib/i18n';
import { aboutHref, studyHref } from '@/lib/links';
import type { SectionProps } from './types';

export function Education({ role }: SectionProps) {
  const t = getDictionary(role.locale).role;
  const withExams = role.codes.studyDirections.filter((d) => d.entrance);
  return (
    <>
      <h3 className="text-lg font-semibold">{t.entryRoutes}</h3>
      <ul className="mt-2 space-y-2">
        {role.entryRoutes.map((r, i) => (
          <li key={i}>
            <strong>{t.entryKinds[r.kind]}.</strong> {r.text}
          </li>
        ))}
      </ul>
      <h3 className="mt-6 text-lg font-semibold">{t.studyDirections}</h3>
      <ul className="mt-2 space-y-1">
        {role.codes.studyDirections.map((d) => (
          <li key={d.code}>
            <a href={studyHref(role.locale, d.code)}>
              <span className="font-mono">{d.code}</span> {d.name}
            </a>{' '}
            <span className="text-sm text-muted">({t.levels[d.level]})</span>
          </li>
        ))}
      </ul>
      {withExams.length > 0 && (
        <p className="mt-2 text-sm">
          <a href={aboutHref(role.locale, 'entrance')}>{t.entranceOnStudy}</a>
        </p>
      )}
    </>
  );
}
