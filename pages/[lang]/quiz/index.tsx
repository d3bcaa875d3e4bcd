import type { PageConfig } from 'next';
import { QuizPage, type QuizPageProps } from '@/components/pages/QuizPage';
import { SitePage } from '@/components/SitePage';
import { getDictionary } from '@/lib/i18n';
import { quizHref, quizResultHref } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { perRequestProps, plain, sentQuery } from '@/lib/page-props';
import { qrSvg } from '@/lib/qr';
import { quizView } from '@/lib/quiz-view';
import { SITE_URL } from '@/lib/site';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };

type Props = QuizPageProps & { head: PageHead; query: string };

// Per request, from the query alone: a submitted form is redirected to its short result link
// (?v=&a=), which anyone can open later; nothing is stored on the server.
export const getServerSideProps = perRequestProps<Props>(async (context, locale) => {
  const sent = sentQuery(context);
  const view = quizView(locale, sent);
  if (view.kind === 'redirect') return { redirect: { destination: view.to, statusCode: 303 } };
  const t = getDictionary(locale).quiz;
  if (view.kind === 'invalid') context.res.statusCode = 400;
  const query = new URLSearchParams(sent).toString();
  if (view.kind === 'result') {
    const url = SITE_URL + quizResultHref(locale, view.version, view.answers);
    return plain({
      locale,
      view,
      url,
      qr: await qrSvg(url),
      query,
      head: pageHead({ locale, path: '/quiz', title: t.resultTitle, description: t.honest, noindex: true }),
    });
  }
  const title = view.kind === 'form' ? t.title : view.kind === 'old-version' ? t.oldVersionTitle : t.invalidTitle;
  return plain({ locale, view, query, head: pageHead({ locale, path: '/quiz', title, description: t.privacy, noindex: query !== '' }) });
});

export default function Page({ head, query, ...props }: Props) {
  return (
    <SitePage locale={props.locale} head={head} path={quizHref(props.locale)} query={query} headerSearch={false}>
      <QuizPage {...props} />
    </SitePage>
  );
}
