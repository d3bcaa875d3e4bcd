import { getDictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/locales';
import { CopyButton } from './CopyButton';
import { QrImage, QrLinks } from './QrCode';

interface AdmissionsKitProps {
  locale: Locale;
  /** The page's absolute address (what the QR code holds). */
  url: string;
  /** SVG of the QR code, or undefined when the address is too long for one. */
  qr?: string;
  /** The API path that downloads the QR code; `&format=png` gives a PNG. */
  qrDownload: string;
  handout?: string;
  embedSnippet?: string;
}

/** Copy link, QR code (SVG and PNG), handout and embed snippet for one page. */
export function AdmissionsKit({ locale, url, qr, qrDownload, handout, embedSnippet }: AdmissionsKitProps) {
  const dict = getDictionary(locale);
  const t = dict.admissions;
  return (
    <section aria-labelledby="kit-heading" className="no-print mt-10 rounded-lg border border-line p-5" data-admissions-kit>
      <h2 id="kit-heading" className="text-xl font-semibold">
        {t.kitHeading}
      </h2>
      <p className="mt-2 break-all font-mono text-sm">{url}</p>
      <p className="mt-2">
        <CopyButton value={url} plainText label={dict.copy.page} short={dict.copy.short} done={dict.copy.done} failed={dict.copy.failed} />
      </p>
      {qr ? (
        <QrImage locale={locale} svg={qr} url={url} className="mt-3 w-40" />
      ) : (
        <p className="mt-3">{t.qrTooLong}</p>
      )}
      <QrLinks locale={locale} hasQr={Boolean(qr)} qrDownload={qrDownload} handout={handout} className="mt-3" />
      {embedSnippet && (
        <>
          <h3 className="mt-4 font-semibold">{t.embedHeading}</h3>
          <div role="region" tabIndex={0} aria-label={`${t.embedHeading}: HTML`} className="mt-2 overflow-x-auto rounded-md bg-panel p-3">
            <pre className="whitespace-pre-wrap break-all text-sm" data-embed-snippet>
              <code>{embedSnippet}</code>
            </pre>
          </div>
          <CopyButton value={embedSnippet} plainText label={dict.copy.short} done={dict.copy.done} failed={dict.copy.failed} />
        </>
      )}
    </section>
  );
}
