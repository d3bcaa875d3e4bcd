import { notFound } from 'next/navigation';
import type { Locale } from '@/lib/content/schema';
import { getRole, getRoles, type Role } from '@/lib/content';
import { localePath } from '@/lib/links';
import { pageMetadata } from '@/lib/metadata';
import { PageShell } from '../PageShell';
import { RoleGuide } from '../role/RoleGuide';

export function roleParams(locale: Locale) {
  return getRoles(locale).map((r) => ({ slug: r.slug }));
}

export function roleMetadata(locale: Locale, slug: string) {
  const role = getRole(locale, slug);
  if (!role) return {};
  return pageMetadata({
    locale,
    path: `/roles/${slug}`,
    title: role.title,
    description: role.summary,
    image: localePath(locale, `/roles/${slug}/og.png`),
  });
}

export function RolePage({ locale, slug }: { locale: Locale; slug: string }) {
  const role = getRole(locale, slug);
  if (!role) notFound();
  const inArea = getRoles(locale).filter((r) => r.area.id === role.area.id);
  const at = inArea.findIndex((r) => r.slug === slug);
  const asLink = (r: Role | undefined) => r && { slug: r.slug, title: r.title, areaId: r.area.id };
  return (
    <PageShell locale={locale} path={`${locale === 'en' ? '/en' : ''}/roles/${slug}`}>
      <RoleGuide role={role} previous={asLink(inArea[at - 1])} next={asLink(inArea[at + 1])} />
    </PageShell>
  );
}
