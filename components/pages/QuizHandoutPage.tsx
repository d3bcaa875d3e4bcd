import { QuizReasons } from '../QuizReasons';
import { HandoutHeader } from '../HandoutHeader';
import { fill, getDictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/locales';
import { EXPLAINED_ROLES } from '@/lib/quiz';
import type { QuizResultView } from '@/lib/quiz-view';

export interface QuizHandoutPageProps {
  locale: Locale;
  view: QuizResultView;
  /** The absolute result link the QR code opens. */
  url: string;
  qr?: string;
  /** Each role's absolute address, by slug. */
  roleUrls: Record<string, string>;
  localAddress: boolean;
}

/** A quiz result on one A4 page: the closest roles and why, the rest in order, a QR code back. */
export function QuizHandoutPage({ locale, view, url, qr, roleUrls, localAddress }: QuizHandoutPageProps) {
  const dict = getDictionary(locale);
  const t = dict.quiz;
  const top = view.ranking.slice(0, EXPLAINED_ROLES);
  const rest = view.ranking.slice(EXPLAINED_ROLES);
  return (
    <main id="main" className="handout mx-auto max-w-[190mm] p-6 text-[10.5pt] leading-snug print:p-0">
      <HandoutHeader locale={locale} title={t.handoutTitle} url={url} qr={qr} scan={t.scan} localAddress={localAddress}>
        <p className="mt-1">{t.honest}</p>
      </HandoutHeader>
      {!view.confident && <p className="mt-3 border border-line p-2">{t.notConfident}</p>}
      <h2 className="mt-4 text-[13pt] font-bold">{t.handoutTop}</h2>
      <ol className="mt-2 space-y-3">
        {top.map((r) => (
          <li key={r.slug} className="break-inside-avoid">
            <p>
              <strong>{r.title}</strong> — {fill(t.score, { percent: r.percent })}.{' '}
              <a href={roleUrls[r.slug]} className="text-[9pt]">
                {roleUrls[r.slug]!.replace(/^https?:\/\//, '')}
              </a>
            </p>
            {r.reasons && r.reasons.length > 0 && <QuizReasons locale={locale} reasons={r.reasons} className="mt-1 list-disc pl-5 text-[9.5pt]" />}
          </li>
        ))}
      </ol>
      <h2 className="mt-4 text-[13pt] font-bold">{t.handoutRest}</h2>
      <ol start={EXPLAINED_ROLES + 1} className="mt-2 list-decimal columns-2 gap-8 pl-6 text-[9.5pt]">
        {rest.map((r) => (
          <li key={r.slug} className="break-inside-avoid">
            {r.title} — {r.percent} %
          </li>
        ))}
      </ol>
      <footer className="mt-4 border-t border-line pt-2 text-[8.5pt]">
        <p>
          {t.openOnline}: <a href={url}>{url}</a>
        </p>
        <p className="mt-1 text-muted">{t.attribution}</p>
      </footer>
    </main>
  );
}
