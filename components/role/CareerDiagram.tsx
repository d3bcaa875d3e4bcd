import type { Locale } from '@/lib/locales';
import type { RoleLink } from '@/lib/content/types';
import { getDictionary } from '@/lib/i18n';
import { roleHref } from '@/lib/links';

/** From → this role → to, as linked boxes; stacks vertically on narrow screens. */
export function CareerDiagram({ locale, title, from, to }: { locale: Locale; title: string; from: RoleLink[]; to: RoleLink[] }) {
  const t = getDictionary(locale).role;
  const column = (label: string, roles: RoleLink[]) => (
    <div className="flex-1">
      <p className="mb-2 text-sm font-semibold text-muted">{label}</p>
      {roles.length ? (
        <ul className="space-y-2">
          {roles.map((r) => (
            <li key={r.slug}>
              <a href={roleHref(locale, r.slug)} className="block rounded-md border border-accent px-3 py-2">
                {r.title}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-md border border-dashed border-line px-3 py-2 text-sm text-muted">{t.careerNone}</p>
      )}
    </div>
  );
  return (
    <figure className="mt-6" aria-label={t.careerDiagram}>
      <div className="flex flex-col items-stretch gap-3 sm:flex-row sm:items-center">
        {column(t.comeFrom, from)}
        <span aria-hidden="true" className="self-center text-2xl text-muted sm:rotate-0">
          <span className="sm:hidden">↓</span>
          <span className="hidden sm:inline">→</span>
        </span>
        <div className="flex-1">
          <p className="mb-2 text-sm font-semibold text-muted">{t.thisRole}</p>
          <p className="rounded-md bg-accent px-3 py-2 font-semibold text-accent-ink">{title}</p>
        </div>
        <span aria-hidden="true" className="self-center text-2xl text-muted">
          <span className="sm:hidden">↓</span>
          <span className="hidden sm:inline">→</span>
        </span>
        {column(t.goTo, to)}
      </div>
    </figure>
  );
}
