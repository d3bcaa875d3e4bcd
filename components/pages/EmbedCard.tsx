import type { Locale } from '@/lib/locales';
import { shortCitation } from '@/components/role/SourceCitation';
import { getRole } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { roleHref } from '@/lib/links';
import { SITE_URL } from '@/lib/site';

export function embedMetadata(locale: Locale, slug: string) {
  const role = getRole(locale, slug);
  if (!role) return {};
  return { ...pageMetadata({ locale, path: `/embed/roles/${slug}`, title: role.title, description: role.summary }), robots: { index: false } };
}

/** A small card for other sites' iframes: no navigation, links open the guide in a new tab. */
export function EmbedCard({ locale, slug }: { locale: Locale; slug: string }) {
  const role = getRole(locale, slug)!;
  const t = getDictionary(locale);
  const url = SITE_URL + roleHref(locale, slug);
  return (
    <main id="main" aria-label={role.title} className="rounded-lg border border-line p-4 text-[15px]" data-embed-card>
      <p className="text-xs text-muted">{t.siteName}</p>
      <h1 className="mt-1 text-xl font-bold">
        <a href={url} target="_blank" rel="noopener">
          {role.title}
        </a>
      </h1>
      <p className="mt-2">{role.summary}</p>
      <p className="mt-2 text-sm">
        <strong>{t.role.essentialSkills}:</strong>{' '}
        {role.skills.filter((s) => s.weight === 'essential').slice(0, 5).map((s) => s.skill.label).join(', ')}
      </p>
      <p className="mt-2 text-xs text-muted" data-embed-sources>
        {t.role.sourcesShort}: {[...new Set(role.sources.map((s) => shortCitation(s.source, locale)))].join('; ')}
      </p>
      <p className="mt-3">
        <a href={url} target="_blank" rel="noopener" className="font-semibold">
          {t.embed.more} →
        </a>
      </p>
    </main>
  );
}
