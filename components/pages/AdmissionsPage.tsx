import type { Locale } from '@/lib/content/schema';
import { getRole, getRoles, LOCALES } from '@/lib/content';
import { SECTION_IDS, type SectionId } from '@/lib/content/sections';
import { sectionHeading } from '@/components/role/section-heading';
import { buildDeepLink, parseDeepLinkRequest, UTM_KEYS } from '@/lib/deep-link';
import { fill, getDictionary } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { admissionsHref, embedHref, handoutHref, homeHref } from '@/lib/links';
import { qrSvg } from '@/lib/qr';
import { SITE_URL } from '@/lib/site';
import { Breadcrumbs } from '../Breadcrumbs';
import { CopyButton } from '../CopyButton';
import { PageShell } from '../PageShell';

export function admissionsMetadata(locale: Locale) {
  const t = getDictionary(locale).admissions;
  return pageMetadata({ locale, path: '/for-admissions', title: t.title, description: t.lead });
}

type Raw = Record<string, string | string[] | undefined>;

/** The deep-link builder (a plain GET form), its URL and QR code, handout and embed snippet. */
export async function AdmissionsPage({ locale, query }: { locale: Locale; query: Raw }) {
  const dict = getDictionary(locale);
  const t = dict.admissions;
  const roles = getRoles(locale);
  const request = parseDeepLinkRequest(query, new Set(roles.map((r) => r.slug)), locale);
  const link = buildDeepLink(request);
  const qr = await qrSvg(link);
  const qrDownload = `/api/qr?${new URLSearchParams(Object.entries({ role: request.slug ?? '', section: request.section ?? '', lang: request.locale, ...request.utm }).filter(([, v]) => v)).toString()}`;
  const role = request.slug ? getRole(request.locale, request.slug) : undefined;
  const sectionLabel = (id: SectionId) => sectionHeading(role ?? roles[0]!, id);
  const embedSlug = request.slug ?? 'hr-manager';
  const embedUrl = SITE_URL + embedHref(request.locale, embedSlug);
  const snippet = `<iframe src="${embedUrl}" title="${getRole(request.locale, embedSlug)?.title ?? ''}" width="360" height="280" style="border:0" loading="lazy"></iframe>`;
  const field = 'mt-1 w-full rounded-md border border-line bg-paper px-3 py-2 text-ink';

  return (
    <PageShell locale={locale} path={admissionsHref(locale)}>
      <Breadcrumbs label={dict.breadcrumbs} items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: t.title }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{t.lead}</p>

      <div className="mt-8 grid gap-10 lg:grid-cols-2">
        <form method="get" action={admissionsHref(locale)} className="space-y-4">
          <h2 className="text-2xl font-bold">{t.builder}</h2>
          <div>
            <label htmlFor="b-role" className="font-medium">
              {t.role}
            </label>
            <select id="b-role" name="role" defaultValue={request.slug ?? ''} className={field}>
              <option value="">{t.wholeSite}</option>
              {roles.map((r) => (
                <option key={r.slug} value={r.slug}>
                  {r.title}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="b-section" className="font-medium">
              {t.section}
            </label>
            <select id="b-section" name="section" defaultValue={request.section ?? ''} className={field}>
              <option value="">{t.wholePage}</option>
              {SECTION_IDS.map((id) => (
                <option key={id} value={id}>
                  {sectionLabel(id)} (#{id})
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
                  {l === 'ru' ? 'Русский' : 'English'}
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
                  <input id={`b-${key}`} name={key} defaultValue={request.utm[key] ?? ''} maxLength={100} className={field} />
                </div>
              ))}
            </div>
          </fieldset>
          <button type="submit" className="rounded-md bg-accent px-5 py-2 font-semibold text-accent-ink">
            {t.submit}
          </button>
        </form>

        <section aria-labelledby="your-link" className="space-y-4">
          <h2 id="your-link" className="text-2xl font-bold">
            {t.yourLink}
          </h2>
          <p className="break-all rounded-md bg-panel p-3 font-mono text-sm" data-deep-link>
            {link}
          </p>
          <CopyButton value={link} label={dict.copy.page} short={dict.copy.short} done={dict.copy.done} failed={dict.copy.failed} />
          <div className="w-48 bg-white p-2 [&>svg]:h-auto [&>svg]:w-full" role="img" aria-label={fill(t.qrAlt, { url: link })} data-qr dangerouslySetInnerHTML={{ __html: qr }} />
          <p className="flex flex-wrap gap-x-6 gap-y-2">
            <a href={qrDownload} download>
              {t.downloadQr}
            </a>
            {request.slug && <a href={handoutHref(request.locale, request.slug)}>{t.handout}</a>}
          </p>
        </section>
      </div>

      <section aria-labelledby="embed" className="mt-12">
        <h2 id="embed" className="text-2xl font-bold">
          {t.embedHeading}
        </h2>
        <p className="mt-2 max-w-prose">{t.embedHint}</p>
        <div role="region" tabIndex={0} aria-label={`${t.embedHeading}: HTML`} className="mt-3 overflow-x-auto rounded-md bg-panel p-3">
          <pre className="text-sm" data-embed-snippet>
            <code>{snippet}</code>
          </pre>
        </div>
        <CopyButton value={snippet} plainText label={dict.copy.short} done={dict.copy.done} failed={dict.copy.failed} />
        <h3 className="mt-6 text-lg font-semibold">{t.embedPreview}</h3>
        <iframe src={embedHref(request.locale, embedSlug)} title={getRole(request.locale, embedSlug)?.title} width={360} height={280} className="mt-2 max-w-full border-0" loading="lazy" />
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
    </PageShell>
  );
}
