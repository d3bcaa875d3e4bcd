import type { RoleCard, StudyDirection } from '@/lib/content/types';
import { SECTION_IDS, type SectionId } from '@/lib/content/sections';
import { targetValue, UTM_KEYS, UTM_MAX, type DeepLinkRequest } from '@/lib/deep-link';
import { getDictionary } from '@/lib/i18n';
import { admissionsHref, handoutHref, homeHref, studyHandoutHref } from '@/lib/links';
import { localeInfo, LOCALES, type Locale } from '@/lib/locales';
import { Breadcrumbs } from '../Breadcrumbs';
import { EMBED_MESSAGE } from './EmbedCard';
import { CopyButton } from '../CopyButton';
import { LocalAddressNote } from '../LocalAddressNote';
import { QrImage, QrLinks } from '../QrCode';

export interface AdmissionsPageProps {
  locale: Locale;
  roles: RoleCard[];
  directions: StudyDirection[];
  request: DeepLinkRequest;
  link: string;
  /** SVG, or undefined when the link is too long for a QR code. */
  qr?: string;
  qrDownload: string;
  sectionLabels: Record<SectionId, string>;
  embed: { src: string; title: string; snippet: string; height: number };
  /** SITE_URL is not set: every address handed out points at this machine. */
  localAddress: boolean;
}

/** The deep-link builder (a plain GET form), its URL and QR code, handout and embed snippet. */
export function AdmissionsPage({ locale, roles, directions, request, link, qr, qrDownload, sectionLabels, embed, localAddress }: AdmissionsPageProps) {
  const dict = getDictionary(locale);
  const t = dict.admissions;
  const target = request.target ? targetValue(request.target) : '';
  const field = 'mt-1 w-full rounded-md border border-line bg-paper px-3 py-2 text-ink';

  return (
    <>
      <Breadcrumbs label={dict.breadcrumbs} items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: t.title }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{t.lead}</p>
      {localAddress && <LocalAddressNote locale={locale} />}

      <div className="mt-8 grid gap-10 lg:grid-cols-2">
        <form method="get" action={admissionsHref(locale)} className="space-y-4">
          <h2 className="text-2xl font-bold">{t.builder}</h2>
          <div>
            <label htmlFor="b-page" className="font-medium">
              {t.page}
            </label>
            <select id="b-page" name="page" defaultValue={target} className={field}>
              <option value="">{t.wholeSite}</option>
              <optgroup label={t.roles}>
                {roles.map((r) => (
                  <option key={r.slug} value={targetValue({ kind: 'role', slug: r.slug })}>
                    {r.title}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t.studyDirections}>
                {directions.map((d) => (
                  <option key={d.code} value={targetValue({ kind: 'study', code: d.code })}>
                    {d.code} {d.name}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
          <div>
            <label htmlFor="b-section" className="font-medium">
              {t.section}
            </label>
            <p className="text-sm text-muted">{t.sectionHint}</p>
            <select id="b-section" name="section" defaultValue={request.section ?? ''} className={field}>
              <option value="">{t.wholePage}</option>
              {SECTION_IDS.map((id) => (
                <option key={id} value={id}>
                  {sectionLabels[id]} (#{id})
                </option>
              ))}
            </select>
          </div>
          <fieldset>
            <legend className="font-medium">{t.language}</legend>
            <div className="mt-1 flex gap-6">
              {LOCALES.map((l) => (
                <label key={l} className="flex items-center gap-2">
                  <input type="radio" name="lang" value={l} defaultChecked={request.locale === l} className="size-6" />
                  <span lang={l}>{localeInfo(l).nativeName}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend className="font-medium">{t.utmHeading}</legend>
            <p className="text-sm text-muted">{t.utmHint}</p>
            <div className="mt-2 grid gap-3 sm:grid-cols-2">
              {UTM_KEYS.map((key) => (
                <div key={key}>
                  <label htmlFor={`b-${key}`} className="font-mono text-sm">
                    {key}
                  </label>
                  <input id={`b-${key}`} name={key} defaultValue={request.utm[key] ?? ''} maxLength={UTM_MAX} className={field} />
                </div>
              ))}
            </div>
          </fieldset>
          <button type="submit" className="rounded-md bg-accent px-5 py-2 font-semibold text-accent-ink">
            {t.submit}
          </button>
        </form>

        <section aria-labelledby="your-link" className="space-y-4" id="result" data-scroll-into-view={request.target || Object.keys(request.utm).length ? '' : undefined}>
          <h2 id="your-link" className="text-2xl font-bold">
            {t.yourLink}
          </h2>
          <p className="break-all rounded-md bg-panel p-3 font-mono text-sm" data-deep-link>
            {link}
          </p>
          <CopyButton value={link} label={dict.copy.page} short={dict.copy.short} done={dict.copy.done} failed={dict.copy.failed} />
          {qr ? (
            <QrImage locale={locale} svg={qr} url={link} className="w-48" />
          ) : (
            <p role="status" className="rounded-md border-l-4 border-accent bg-panel p-3" data-qr-too-long>
              {t.qrTooLong}
            </p>
          )}
          <QrLinks
            locale={locale}
            hasQr={Boolean(qr)}
            qrDownload={qrDownload}
            handout={request.target?.kind === 'role' ? handoutHref(request.locale, request.target.slug) : request.target?.kind === 'study' ? studyHandoutHref(request.locale, request.target.code) : undefined}
          />
        </section>
      </div>

      <section aria-labelledby="embed" className="mt-12">
        <h2 id="embed" className="text-2xl font-bold">
          {t.embedHeading}
        </h2>
        <p className="mt-2 max-w-prose">{t.embedHint}</p>
        <div role="region" tabIndex={0} aria-label={`${t.embedHeading}: HTML`} className="mt-3 overflow-x-auto rounded-md bg-panel p-3">
          <pre className="whitespace-pre-wrap break-all text-sm" data-embed-snippet>
            <code>{embed.snippet}</code>
          </pre>
        </div>
        <CopyButton value={embed.snippet} plainText label={dict.copy.short} done={dict.copy.done} failed={dict.copy.failed} />
        <h3 className="mt-6 text-lg font-semibold">{t.embedPreview}</h3>
        <iframe src={embed.src} title={embed.title} width={360} height={embed.height} className="mt-2 max-w-full border-0" loading="lazy" data-embed-message={EMBED_MESSAGE} />
      </section>

      <section aria-labelledby="how" className="mt-12 max-w-prose">
        <h2 id="how" className="text-2xl font-bold">
          {t.howHeading}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5">
          {t.how.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
