import { notFound } from 'next/navigation';
import type { Locale } from '@/lib/content/schema';
import { getRole, getRoles } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { PageShell } from '../PageShell';
import { RoleGuide } from '../role/RoleGuide';

export function roleParams(locale: Locale) {
  return getRoles(locale).map((r) => ({ slug: r.slug }));
}

export function roleMetadata(locale: Locale, slug: string) {
  const role = getRole(locale, slug);
  if (!role) return {};
  return pageMetadata({ locale, path: `/roles/${slug}`, title: role.title, description: role.summary });
}

export function RolePage({ locale, slug }: { locale: Locale; slug: string }) {
  const role = getRole(locale, slug);
  if (!role) notFound();
  return (
    <PageShell locale={locale} path={`${locale === 'en' ? '/en' : ''}/roles/${slug}`}>
      <RoleGuide role={role} />
    </PageShell>
  );
}
