import Link from 'next/link';
import type { Role } from '@/lib/content/types';
import { roleHref } from '@/lib/links';

/** A list of roles as links with their one-line summaries. */
export function RoleCardList({ roles }: { roles: Role[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {roles.map((role) => (
        <li key={role.slug} className="rounded-lg border border-line p-4">
          <Link prefetch={false} href={roleHref(role.locale, role.slug)} className="text-lg font-semibold">
            {role.title}
          </Link>
          <p className="mt-1 text-muted">{role.summary}</p>
        </li>
      ))}
    </ul>
  );
}
