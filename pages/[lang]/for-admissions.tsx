import type { GetServerSideProps, PageConfig } from 'next';
import { AdmissionsPage, type AdmissionsPageProps } from '@/components/pages/AdmissionsPage';
import { EMBED_HEIGHT, EMBED_MESSAGE } from '@/components/pages/EmbedCard';
import { SitePage } from '@/components/SitePage';
import { sectionHeading } from '@/components/role/section-heading';
import { embedSnippet, qrDownloadHref } from '@/lib/admissions';
import { getRole, getRoles, getStudyDirection, getStudyDirections, toRoleCard } from '@/lib/content';
import { SECTION_IDS } from '@/lib/content/sections';
import { buildDeepLink, parseDeepLinkRequest, targetValue, UTM_KEYS } from '@/lib/deep-link';
import { getDictionary } from '@/lib/i18n';
import { admissionsHref, embedHref, studyEmbedHref } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { localeOf, plain, sentQuery } from '@/lib/page-props';
import { qrSvg } from '@/lib/qr';
import { SITE_URL_IS_LOCAL } from '@/lib/site';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };

type Props = AdmissionsPageProps & { head: PageHead; query: string };

/** The role whose card the page shows when no page is picked. */
const SAMPLE_ROLE = 'hr-manager';

export const getServerSideProps: GetServerSideProps<Props> = async (context) => {
  const locale = localeOf(context);
  if (!locale) return { notFound: true };
  const roles = getRoles(locale);
  const directions = getStudyDirections(locale);
  const sent = sentQuery(context);
  const request = parseDeepLinkRequest(sent, { roles: new Set(roles.map((r) => r.slug)), study: new Set(directions.map((d) => d.code)) }, locale);
  const link = buildDeepLink(request);
  const target = request.target;
  const embed =
    target?.kind === 'study'
      ? { src: studyEmbedHref(request.locale, target.code), title: `${target.code} ${getStudyDirection(request.locale, target.code)!.name}` }
      : { src: embedHref(request.locale, target?.slug ?? SAMPLE_ROLE), title: getRole(request.locale, target?.slug ?? SAMPLE_ROLE)!.title };
  const sectionRole = getRole(locale, target?.kind === 'role' ? target.slug : SAMPLE_ROLE) ?? roles[0]!;
  const t = getDictionary(locale).admissions;
  const kept = new URLSearchParams();
  if (target) kept.set('page', targetValue(target));
  if (request.section) kept.set('section', request.section);
  kept.set('lang', request.locale);
  for (const key of UTM_KEYS) if (request.utm[key]) kept.set(key, request.utm[key]!);
  return plain({
    locale,
    roles: roles.map(toRoleCard),
    directions,
    request,
    link,
    qr: await qrSvg(link),
    qrDownload: qrDownloadHref(request),
    sectionLabels: Object.fromEntries(SECTION_IDS.map((id) => [id, sectionHeading(sectionRole, id)])) as AdmissionsPageProps['sectionLabels'],
    embed: { ...embed, height: EMBED_HEIGHT, snippet: embedSnippet(embed.src, embed.title, EMBED_HEIGHT, EMBED_MESSAGE) },
    localAddress: SITE_URL_IS_LOCAL,
    query: Object.keys(sent).length > 0 ? kept.toString() : '',
    head: pageHead({ locale, path: '/for-admissions', title: t.title, description: t.lead }),
  });
};

export default function Page({ head, query, ...props }: Props) {
  return (
    <SitePage locale={props.locale} head={head} path={admissionsHref(props.locale)} query={query}>
      <AdmissionsPage {...props} />
    </SitePage>
  );
}
