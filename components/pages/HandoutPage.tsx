import { HandoutHeader } from '../HandoutHeader';
import type { Locale } from '@/lib/locales';
import type { Role } from '@/lib/content/types';
import { headlinePay } from '@/lib/content/pay';
import { formatDate, payHeadline } from '@/lib/format';
import { sectionHeading } from '@/components/role/section-heading';
import type { SectionId } from '@/lib/content/sections';
import { shortCitation } from '@/components/role/SourceCitation';
import { getDictionary } from '@/lib/i18n';

/** Lists on a handout stop here: two A4 pages hold the essentials, the page online has the rest. */
const HANDOUT_MAX_ITEMS = 7;
/** Shorter lists (entry routes, pros, cons, related roles): the page online lists them all. */
const HANDOUT_SHORT_LIST = 4;

export interface HandoutPageProps {
  locale: Locale;
  role: Role;
  /** The role page's absolute address, which the QR code holds. */
  url: string;
  qr?: string;
  localAddress: boolean;
}

/** A two-page A4 handout of a role: the key facts, its URL and a QR code; no navigation. */
export function HandoutPage({ locale, role, url, qr, localAddress }: HandoutPageProps) {
  const dict = getDictionary(locale);
  const t = dict.role;
  const section = (title: string, body: React.ReactNode) => (
    <section className="mt-3 break-inside-avoid">
      <h2 className="text-[12pt] font-bold">{title}</h2>
      {body}
    </section>
  );
  const list = (items: string[]) => (
    <ul className="list-disc pl-5">
      {items.map((i) => (
        <li key={i}>{i}</li>
      ))}
    </ul>
  );
  const heading = (id: SectionId) => sectionHeading(role, id);
  const pay = headlinePay(role.pay);
  return (
    <main id="main" className="handout mx-auto max-w-[190mm] p-6 text-[10pt] leading-snug print:p-0">
      <HandoutHeader locale={locale} title={role.title} url={url} qr={qr} scan={dict.handout.scan} localAddress={localAddress}>
        <p className="mt-1">{role.summary}</p>
        <p className="mt-1 text-[9pt] text-muted">
          {t.alsoCalled}: {role.aliases.join(', ')}
        </p>
      </HandoutHeader>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t.area}</dt>
        <dd>{role.area.name}</dd>
        <dt className="font-semibold">{t.essentialSkills}</dt>
        <dd>{role.skills.filter((s) => s.weight === 'essential').map((s) => s.skill.label).join(', ')}</dd>
        <dt className="font-semibold">{t.salary}</dt>
        <dd>
          {pay
            ? `${payHeadline(locale, pay)} — ${shortCitation(pay.source, locale)}`
            : t.noCurrentPay}
        </dd>
        <dt className="font-semibold">{t.occupationCode}</dt>
        <dd>{`${role.codes.occupations[0]!.code} ${role.codes.occupations[0]!.name}`}</dd>
      </dl>
      {section(heading('duties'), list(role.duties.slice(0, HANDOUT_MAX_ITEMS)))}
      {section(heading('kpi'), list(role.kpis.slice(0, HANDOUT_MAX_ITEMS).map(({ kpi }) => (kpi.formula ? `${kpi.name}: ${kpi.formula}` : `${kpi.name}: ${kpi.definition}`))))}
      {section(
        heading('education'),
        <>
          {list(role.entryRoutes.slice(0, HANDOUT_SHORT_LIST).map((r) => `${t.entryKinds[r.kind]}: ${r.text}`))}
          <p className="mt-1">
            <strong>{t.studyDirections}:</strong> {role.codes.studyDirections.map((d) => `${d.code} ${d.name}`).join('; ')}
          </p>
        </>,
      )}
      {section(heading('career'), <p>{role.ladder.join(' → ')}</p>)}
      {section(
        `${t.pros} / ${t.cons}`,
        <div className="grid grid-cols-2 gap-4">
          {list(role.pros.slice(0, HANDOUT_SHORT_LIST))}
          {list(role.cons.slice(0, HANDOUT_SHORT_LIST))}
        </div>,
      )}
      {section(heading('related'), list(role.related.slice(0, HANDOUT_SHORT_LIST).map((r) => `${r.role.title}: ${r.why}`)))}
      <footer className="mt-4 border-t border-line pt-2 text-[9pt]">
        <p>
          {dict.handout.openOnline}: <a href={url}>{url}</a>
        </p>
        <p className="text-muted">
          {t.sourcesShort}: {[...new Set(role.sources.map((s) => shortCitation(s.source, locale)))].slice(0, 2 * HANDOUT_MAX_ITEMS).join('; ')}. {t.reviewed}:{' '}
          {formatDate(locale, role.reviewed)}.
        </p>
      </footer>
    </main>
  );
}
