import { HandoutHeader } from '../HandoutHeader';
import type { RoleCard, StudyDirection } from '@/lib/content/types';
import { fill, getDictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/locales';

export interface StudyHandoutPageProps {
  locale: Locale;
  direction: StudyDirection;
  /** Each role with the absolute address of its page. */
  roles: (RoleCard & { url: string })[];
  url: string;
  qr?: string;
  localAddress: boolean;
}

/** "38.03.02 Менеджмент: кем работать" on A4: each role in a line, with its link, and a QR code. */
export function StudyHandoutPage({ locale, direction, roles, url, qr, localAddress }: StudyHandoutPageProps) {
  const dict = getDictionary(locale);
  const t = dict.handout;
  return (
    <main id="main" className="handout mx-auto max-w-[190mm] p-6 text-[10.5pt] leading-snug print:p-0">
      <HandoutHeader locale={locale} title={fill(t.studyTitle, { code: direction.code, name: direction.name })} url={url} qr={qr} scan={t.scan} localAddress={localAddress}>
        <p className="mt-1">
          {dict.study.levels[direction.level]}. {fill(t.studyLead, { count: roles.length })}
        </p>
        {direction.entrance && (
          <p className="mt-1">
            <strong>{dict.role.entranceExams}:</strong> {direction.entrance}
          </p>
        )}
      </HandoutHeader>
      <ol className="mt-4 space-y-2" data-study-handout-roles>
        {roles.map((r) => (
          <li key={r.slug} className="break-inside-avoid">
            <strong>{r.title}</strong> — {r.summary}{' '}
            <a href={r.url} className="whitespace-nowrap text-[9pt]">
              {r.url.replace(/^https?:\/\//, '')}
            </a>
          </li>
        ))}
      </ol>
      <footer className="mt-4 border-t border-line pt-2 text-[9pt]">
        <p>
          {t.openOnline}: <a href={url}>{url}</a>
        </p>
        <p className="text-muted">{dict.role.entranceNote}</p>
      </footer>
    </main>
  );
}
