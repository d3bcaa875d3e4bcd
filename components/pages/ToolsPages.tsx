import type { RoleCard, Tool } from '@/lib/content/types';
import { getDictionary } from '@/lib/i18n';
import { homeHref, roleHref, skillHref, toolHref, toolsHref } from '@/lib/links';
import type { Locale } from '@/lib/locales';
import { Breadcrumbs } from '../Breadcrumbs';
import { LetterIndex } from '../LetterIndex';

export interface ToolsIndexPageProps {
  locale: Locale;
  tools: (Tool & { roles: number })[];
  totalRoles: number;
}

/** Every tool and program A–Z, with how many roles use it. */
export function ToolsIndexPage({ locale, tools, totalRoles }: ToolsIndexPageProps) {
  const dict = getDictionary(locale);
  const t = dict.tools;
  return (
    <>
      <Breadcrumbs label={dict.breadcrumbs} items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: t.title }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{t.lead}</p>
      <LetterIndex locale={locale} totalRoles={totalRoles} entries={tools.map((tool) => ({ id: tool.id, label: tool.name, href: toolHref(locale, tool.id), roles: tool.roles }))} />
    </>
  );
}

export interface ToolPageProps {
  locale: Locale;
  tool: Tool;
  roles: RoleCard[];
}

/** One tool: what it is and which roles use it. */
export function ToolPage({ locale, tool, roles }: ToolPageProps) {
  const dict = getDictionary(locale);
  const t = dict.tools;
  return (
    <>
      <Breadcrumbs label={dict.breadcrumbs} items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: t.title, href: toolsHref(locale) }, { label: tool.name }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{tool.name}</h1>
      <p className="mt-3 max-w-prose text-lg">{tool.description}</p>
      <dl className="mt-4 grid max-w-prose gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {tool.skill && (
          <>
            <dt className="font-medium">{t.category}</dt>
            <dd>
              <a href={skillHref(locale, tool.skill.id)}>{tool.skill.label}</a>
            </dd>
          </>
        )}
        {tool.synonyms.length > 0 && (
          <>
            <dt className="font-medium">{dict.skills.alsoSearched}</dt>
            <dd>{tool.synonyms.join(', ')}</dd>
          </>
        )}
        {tool.url && (
          <>
            <dt className="font-medium">{t.site}</dt>
            <dd>
              <a href={tool.url} rel="noopener">
                {new URL(tool.url).host}
              </a>
            </dd>
          </>
        )}
      </dl>
      <h2 className="mt-8 text-2xl font-bold">{t.rolesTitle}</h2>
      <ul className="mt-3 space-y-3">
        {roles.map((role) => (
          <li key={role.slug}>
            <a href={roleHref(locale, role.slug, 'tools')} className="font-semibold">
              {role.title}
            </a>
            <p className="text-muted">{role.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
