import type { PageConfig } from 'next';
import { MatchPage, type MatchPageProps } from '@/components/pages/MatchPage';
import { SitePage } from '@/components/SitePage';
import { getRoles, getSkills } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { localePath } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { perRequestProps, plain } from '@/lib/page-props';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };

type Props = MatchPageProps & { head: PageHead; query: string };

export const getServerSideProps = perRequestProps<Props>(async (context, locale) => {
  const raw = context.query.skills;
  const selected = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((s) => s.slice(0, 2000));
  const t = getDictionary(locale).match;
  return plain({
    locale,
    skills: getSkills(locale),
    roles: getRoles(locale).map((r) => ({ slug: r.slug, title: r.title, skills: r.skills.map((s) => ({ id: s.skill.id, weight: s.weight })) })),
    selected,
    query: selected.length ? new URLSearchParams(selected.map((s) => ['skills', s])).toString() : '',
    head: pageHead({ locale, path: '/match', title: t.title, description: t.lead, noindex: true }),
  });
});

export default function Page({ head, query, ...props }: Props) {
  return (
    <SitePage locale={props.locale} head={head} path={localePath(props.locale, '/match')} query={query}>
      <MatchPage {...props} />
    </SitePage>
  );
}
