import { fill, getDictionary } from '@/lib/i18n';
import { compareHref, homeHref, quizEditHref, quizHref, quizPrintHref, roleHref } from '@/lib/links';
import type { Locale } from '@/lib/locales';
import { EXPLAINED_ROLES } from '@/lib/quiz';
import type { QuizFormView, QuizResultView } from '@/lib/quiz-view';
import { Breadcrumbs } from '../Breadcrumbs';
import { CopyButton } from '../CopyButton';
import { QrImage } from '../QrCode';
import { QuizReasons } from '../QuizReasons';

export interface QuizPageProps {
  locale: Locale;
  view: QuizFormView | QuizResultView | { kind: 'old-version' | 'invalid' };
  /** A result's absolute link and its QR code. */
  url?: string;
  qr?: string;
}

/** The interest quiz: a plain GET form, or a result held entirely in its link. */
export function QuizPage(props: QuizPageProps) {
  const { locale } = props;
  const dict = getDictionary(locale);
  const t = dict.quiz;
  const crumbs = <Breadcrumbs label={dict.breadcrumbs} items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: dict.nav.quiz }]} />;
  if (props.view.kind === 'form') return <QuizForm locale={locale} view={props.view} crumbs={crumbs} />;
  if (props.view.kind === 'result') return <QuizResult locale={locale} view={props.view} url={props.url ?? ''} qr={props.qr} crumbs={crumbs} />;
  const old = props.view.kind === 'old-version';
  return (
    <>
      {crumbs}
      <h1 className="text-3xl font-bold sm:text-4xl">{old ? t.oldVersionTitle : t.invalidTitle}</h1>
      <p className="mt-3 max-w-prose text-lg">{old ? t.oldVersion : t.invalid}</p>
      <p className="mt-6">
        <a href={quizHref(locale)} className="inline-block rounded-md bg-accent px-5 py-3 font-semibold text-accent-ink no-underline">
          {t.retake}
        </a>
      </p>
    </>
  );
}

function QuizForm({ locale, view, crumbs }: { locale: Locale; view: QuizFormView; crumbs: React.ReactNode }) {
  const dict = getDictionary(locale);
  const t = dict.quiz;
  const missing = new Set(view.missing);
  const count = view.statements.length;
  return (
    <>
      {crumbs}
      {/* The form comes before everything else in <main>: the page is this one task. */}
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{fill(t.lead, { count })}</p>
      <p className="mt-2 max-w-prose text-muted">{t.privacy}</p>
      {missing.size > 0 && (
        <div role="alert" aria-labelledby="quiz-errors" className="mt-6 max-w-prose rounded-md border-2 border-danger p-4" tabIndex={-1} data-autofocus>
          <h2 id="quiz-errors" className="text-xl font-bold">
            {t.errorTitle}
          </h2>
          <p className="mt-1">{fill(t.errorCount, { count: missing.size })}</p>
          <ul className="mt-2 list-disc pl-6">
            {view.statements
              .filter((s) => missing.has(s.id))
              .map((s) => (
                <li key={s.id}>
                  <a href={`#q-${s.id}`}>{s.text}</a>
                </li>
              ))}
          </ul>
        </div>
      )}
      <form method="get" action={quizHref(locale)} className="mt-6 max-w-3xl" data-quiz>
        <ol className="space-y-4">
          {view.statements.map((s, i) => {
            const error = missing.has(s.id);
            return (
              <li key={s.id}>
                <fieldset id={`q-${s.id}`} aria-describedby={error ? `q-${s.id}-error` : undefined} className={`rounded-md border p-3 sm:p-4 ${error ? 'border-2 border-danger' : 'border-line'}`}>
                  <legend className="px-1 font-semibold">
                    <span className="block text-sm font-normal text-muted">{fill(t.statement, { n: i + 1, count })}</span>
                    {s.text}
                  </legend>
                  {error && (
                    <p id={`q-${s.id}-error`} className="mt-1 font-semibold text-danger">
                      {t.errorItem}
                    </p>
                  )}
                  <div className="mt-2 grid grid-cols-5 gap-1 sm:gap-2">
                    {view.scale.map((label, value) => (
                      <label key={label} className="quiz-option flex min-h-11 cursor-pointer flex-col items-center gap-1 rounded border border-line px-1 py-2 text-center text-xs leading-tight sm:text-sm">
                        <input type="radio" name={s.id} value={value + 1} defaultChecked={view.checked[s.id] === value + 1} className="h-5 w-5 accent-accent" />
                        <span>{label}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <p className="mt-6">
          <button type="submit" className="rounded-md bg-accent px-6 py-3 text-lg font-semibold text-accent-ink">
            {t.submit}
          </button>
        </p>
      </form>
      <p className="mt-6 max-w-prose text-sm text-muted">{t.basis}</p>
    </>
  );
}

function QuizResult({ locale, view, url, qr, crumbs }: { locale: Locale; view: QuizResultView; url: string; qr?: string; crumbs: React.ReactNode }) {
  const dict = getDictionary(locale);
  const t = dict.quiz;
  const top = view.ranking.slice(0, EXPLAINED_ROLES).map((r) => r.slug);
  return (
    <>
      {crumbs}
      <h1 className="text-3xl font-bold sm:text-4xl">{t.resultTitle}</h1>
      <p className="mt-3 max-w-prose text-lg">{t.honest}</p>
      {!view.confident && (
        <p role="status" className="mt-4 max-w-prose rounded-md border-2 border-line bg-panel p-4">
          {t.notConfident}
        </p>
      )}
      <section aria-labelledby="quiz-ranking" className="mt-8 max-w-3xl">
        <h2 id="quiz-ranking" className="text-2xl font-bold">
          {t.rankingHeading}
        </h2>
        <ol className="mt-4 space-y-3" data-quiz-ranking>
          {view.ranking.map((r, i) => (
            <li key={r.slug} className={r.reasons ? 'rounded-md border border-line p-4' : 'px-4'}>
              <p className="flex flex-wrap items-baseline gap-x-3">
                <span className="text-muted">{i + 1}.</span>
                <a href={roleHref(locale, r.slug)} className={r.reasons ? 'text-xl font-semibold' : 'font-semibold'}>
                  {r.title}
                </a>
                <span className="text-sm text-muted">{fill(t.score, { percent: r.percent })}</span>
              </p>
              {r.reasons && (
                <div className="mt-2">
                  <h3 className="text-base font-semibold">{t.why}</h3>
                  {r.reasons.length > 0 ? (
                    <QuizReasons locale={locale} reasons={r.reasons} className="mt-1 list-disc space-y-1 pl-6" />
                  ) : (
                    <p className="mt-1">{t.noReasons}</p>
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>
        <p className="mt-6 flex flex-wrap gap-3">
          <a href={compareHref(locale, top)} className="inline-block rounded-md bg-accent px-5 py-3 font-semibold text-accent-ink no-underline">
            {t.compare}
          </a>
        </p>
      </section>

      <section aria-labelledby="quiz-share" className="mt-10 max-w-3xl">
        <h2 id="quiz-share" className="text-2xl font-bold">
          {t.shareHeading}
        </h2>
        <p className="mt-2">{t.shareText}</p>
        <p className="mt-2 break-all">
          <a href={url} data-quiz-result-link>
            {url}
          </a>{' '}
          <CopyButton value={url} label={t.copy} short={dict.copy.short} done={dict.copy.done} failed={dict.copy.failed} />
        </p>
        {qr && <QrImage locale={locale} svg={qr} url={url} className="mt-3 w-40" />}
        <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <a href={quizPrintHref(locale, view.version, view.answers)}>{t.print}</a>
          </li>
          <li>
            <a href={quizEditHref(locale, view.version, view.answers)}>{t.edit}</a>
          </li>
          <li>
            <a href={quizHref(locale)}>{t.retake}</a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="quiz-method" className="mt-10 max-w-prose">
        <h2 id="quiz-method" className="text-2xl font-bold">
          {t.methodHeading}
        </h2>
        <p className="mt-2">{t.method}</p>
        <p className="mt-2">{t.method2}</p>
        <details className="mt-4">
          <summary className="cursor-pointer font-semibold">{t.profilesHeading}</summary>
          <ul className="mt-2 space-y-2">
            {view.profiles.map((p) => (
              <li key={p.slug}>
                <strong>{p.title}</strong>: O*NET {p.onet.join(', ')}
                {p.note && <>. {p.note}</>}
              </li>
            ))}
          </ul>
        </details>
        <p className="mt-4 text-sm text-muted">
          {t.attribution}{' '}
          {view.source.url && (
            <a href={view.source.url} hrefLang="en">
              {view.source.title}
            </a>
          )}
        </p>
      </section>
    </>
  );
}
