import type { GetStaticProps, PageConfig } from 'next';
import { EMBED_HEIGHT, EMBED_MESSAGE } from '@/components/pages/EmbedCard';
import { StudyPage, type StudyPageProps } from '@/components/pages/StudyPages';
import { SitePage } from '@/components/SitePage';
import { getRolesForStudyDirection, getStudyDirection, getStudyDirections, toRoleCard } from '@/lib/content';
import { embedSnippet, qrDownloadHref } from '@/lib/admissions';
import { buildDeepLink } from '@/lib/deep-link';
import { getDictionary } from '@/lib/i18n';
import { studyEmbedHref, studyHandoutHref, studyHref } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { idPaths, localeOf, param, plain } from '@/lib/page-props';
import { qrSvg } from '@/lib/qr';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticPaths = idPaths('code', (locale) => getStudyDirections(locale).map((d) => d.code));

type Props = StudyPageProps & { head: PageHead };

export const getStaticProps: GetStaticProps<Props> = async (context) => {
  const locale = localeOf(context);
  const direction = locale && getStudyDirection(locale, param(context, 'code'));
  if (!locale || !direction) return { notFound: true };
  const roles = getRolesForStudyDirection(locale, direction.code).map(toRoleCard);
  const t = getDictionary(locale).study;
  const request = { locale, target: { kind: 'study' as const, code: direction.code }, utm: {} };
  const url = buildDeepLink(request);
  const title = `${direction.code} ${direction.name}`;
  return plain({
    locale,
    direction,
    roles,
    kit: {
      url,
      qr: await qrSvg(url),
      qrDownload: qrDownloadHref(request),
      handout: studyHandoutHref(locale, direction.code),
      embedSnippet: embedSnippet(studyEmbedHref(locale, direction.code), title, EMBED_HEIGHT, EMBED_MESSAGE),
    },
    head: pageHead({ locale, path: `/study/${direction.code}`, title, description: `${t.leadsTo}: ${roles.map((r) => r.title).join(', ')}` }),
  });
};

export default function Page({ head, ...props }: Props) {
  return (
    <SitePage locale={props.locale} head={head} path={studyHref(props.locale, props.direction.code)}>
      <StudyPage {...props} />
    </SitePage>
  );
}
