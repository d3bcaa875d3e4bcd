import { getDictionary } from '@/lib/i18n';
import { compareHref, roleHref } from '@/lib/links';
import type { SectionProps } from './types';

export function Related({ role }: SectionProps) {
  const t = getDictionary(role.locale).role;
  return (
    <ul className="space-y-3">
      {role.related.map((r) => (
        <li key={r.role.slug}>
          <a href={roleHref(role.locale, r.role.slug)} className="font-semibold">
            {r.role.title}
          </a>{' '}
          <span className="text-sm text-muted">({t.relations[r.relation]})</span>{' '}
          <a href={compareHref(role.locale, [role.slug, r.role.slug])} className="text-sm">
            {t.compareWith}
          </a>
          <p className="mt-1">{r.why}</p>
        </li>
      ))}
    </ul>
  );
}
