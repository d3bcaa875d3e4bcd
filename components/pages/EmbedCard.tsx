import { shortCitation } from '@/components/role/SourceCitation';
import type { Role, RoleCard, StudyDirection } from '@/lib/content/types';
import { getDictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/locales';

/**
 * The frame height the embed snippet starts with, and keeps where scripts do not run: every
 * card fits it from 300 to 400 px wide, even with text enlarged (tests/e2e/embed.spec.ts). With
 * scripts, the card tells its frame its real height (EMBED_MESSAGE) and the frame shrinks to it.
 */
export const EMBED_HEIGHT = 800;
/** The postMessage type an embedded card sends its parent: { type, height }. */
export const EMBED_MESSAGE = 'manager-roles-guide:height';

/** A small card for other sites' iframes: no navigation, links open the guide in a new tab. */
export function EmbedCard({ locale, role, url }: { locale: Locale; role: Role; url: string }) {
  const t = getDictionary(locale);
  return (
    <main id="main" aria-label={role.title} className="rounded-lg border border-line p-3 text-[15px] leading-snug" data-embed-card data-embed-message={EMBED_MESSAGE}>
      <p className="text-xs text-muted">{t.siteName}</p>
      <h1 className="mt-1 text-lg font-bold">
        <a href={url} target="_blank" rel="noopener">
          {role.title}
        </a>
      </h1>
      <p className="mt-1">{role.summary}</p>
      <p className="mt-2 text-sm">
        <strong>{t.role.essentialSkills}:</strong>{' '}
        {role.skills
          .filter((s) => s.weight === 'essential')
          .slice(0, 4)
          .map((s) => s.skill.label)
          .join(', ')}
      </p>
      <p className="mt-2 text-xs text-muted" data-embed-sources>
        {t.role.sourcesShort}: {[...new Set(role.sources.map((s) => shortCitation(s.source, locale)))].slice(0, 3).join('; ')}
      </p>
      <p className="mt-2">
        <a href={url} target="_blank" rel="noopener" className="font-semibold">
          {t.embed.more} →
        </a>
      </p>
    </main>
  );
}

/** The same card for a study direction and the roles it leads to. */
export function StudyEmbedCard({ locale, direction, roles, url }: { locale: Locale; direction: StudyDirection; roles: RoleCard[]; url: string }) {
  const t = getDictionary(locale);
  return (
    <main id="main" aria-label={`${direction.code} ${direction.name}`} className="rounded-lg border border-line p-3 text-[15px] leading-snug" data-embed-card data-embed-message={EMBED_MESSAGE}>
      <p className="text-xs text-muted">{t.siteName}</p>
      <h1 className="mt-1 text-lg font-bold">
        <a href={url} target="_blank" rel="noopener">
          {direction.code} {direction.name}
        </a>
      </h1>
      <p className="mt-1 text-sm">{t.study.levels[direction.level]}</p>
      <p className="mt-2">
        <strong>{t.study.leadsTo}:</strong> {roles.map((r) => r.title).join(', ')}
      </p>
      <p className="mt-2">
        <a href={url} target="_blank" rel="noopener" className="font-semibold">
          {t.embed.moreStudy} →
        </a>
      </p>
    </main>
  );
}
