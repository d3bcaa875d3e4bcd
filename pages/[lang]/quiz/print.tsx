import type { GetServerSideProps, PageConfig } from 'next';
import Head from 'next/head';
import { pageHeadTags } from '@/components/pageHeadTags';
import { QuizHandoutPage, type QuizHandoutPageProps } from '@/components/pages/QuizHandoutPage';
import { QuizPage } from '@/components/pages/QuizPage';
import { SitePage } from '@/components/SitePage';
import { getDictionary } from '@/lib/i18n';
import { quizHref, quizResultHref, roleHref } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { localeOf, plain, sentQuery } from '@/lib/page-props';
import { qrSvg } from '@/lib/qr';
import { quizView } from '@/lib/quiz-view';
import { SITE_URL, SITE_URL_IS_LOCAL } from '@/lib/site';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };

type Props = { head: PageHead } & ({ handout: QuizHandoutPageProps } | { locale: QuizHandoutPageProps['locale']; problem: 'old-version' | 'invalid' });

// The printable result, from the result link's ?v=&a= alone.
export const getServerSideProps: GetServerSideProps<Props> = async (context) => {
  const locale = localeOf(context);
  if (!locale) return { notFound: true };
  const { v, a } = sentQuery(context);
  const view = quizView(locale, { v, a });
  const t = getDictionary(locale).quiz;
  if (view.kind !== 'result') {
    const problem = view.kind === 'old-version' ? 'old-version' : 'invalid';
    if (problem === 'invalid') context.res.statusCode = 400;
    return plain({ locale, problem, head: pageHead({ locale, path: '/quiz/print', title: problem === 'invalid' ? t.invalidTitle : t.oldVersionTitle, description: t.privacy, noindex: true }) });
  }
  const url = SITE_URL + quizResultHref(locale, view.version, view.answers);
  return plain({
    handout: {
      locale,
      view,
      url,
      qr: await qrSvg(url),
      roleUrls: Object.fromEntries(view.ranking.map((r) => [r.slug, SITE_URL + roleHref(locale, r.slug)])),
      localAddress: SITE_URL_IS_LOCAL,
    },
    head: pageHead({ locale, path: '/quiz/print', title: t.handoutTitle, description: t.honest, noindex: true }),
  });
};

export default function Page(props: Props) {
  if ('problem' in props)
    return (
      <SitePage locale={props.locale} head={props.head} path={quizHref(props.locale)} headerSearch={false}>
        <QuizPage locale={props.locale} view={{ kind: props.problem }} />
      </SitePage>
    );
  return (
    <>
      <Head>{pageHeadTags(props.head)}</Head>
      <QuizHandoutPage {...props.handout} />
    </>
  );
}
