import type { RoleCard } from '@/lib/content/types';
import { roleHref } from '@/lib/links';
import type { Locale } from '@/lib/locales';

/** A list of roles as links with their one-line summaries. */
export function RoleCardList({ locale, roles, section }: { locale: Locale; roles: RoleCard[]; section?: string }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {roles.map((role) => (
        <li key={role.slug} className="rounded-lg border border-line p-4">
          <a href={roleHref(locale, role.slug, section)} className="text-lg font-semibold">
            {role.title}
          </a>
          <p className="mt-1 text-muted">{role.summary}</p>
        </li>
      ))}
    </ul>
  );
}
