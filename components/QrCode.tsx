import { fill, getDictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/locales';

interface QrLinksProps {
  locale: Locale;
  /** Whether there is a QR code to download (none when the address is too long for one). */
  hasQr: boolean;
  /** The API path that downloads the QR code; `&format=png` gives a PNG. */
  qrDownload: string;
  /** The A4 handout of the page, when it has one. */
  handout?: string;
  className?: string;
}

/** The QR code's downloads (SVG and PNG) and the handout: the admissions kit and the link builder. */
export function QrLinks({ locale, hasQr, qrDownload, handout, className = '' }: QrLinksProps) {
  const t = getDictionary(locale).admissions;
  return (
    <p className={`flex flex-wrap gap-x-6 gap-y-2 ${className}`}>
      {hasQr && (
        <>
          <a href={qrDownload} download>
            {t.downloadQr}
          </a>
          <a href={`${qrDownload}&format=png`} download>
            {t.downloadQrPng}
          </a>
        </>
      )}
      {handout && <a href={handout}>{t.handout}</a>}
    </p>
  );
}

interface QrImageProps {
  locale: Locale;
  /** The QR code as SVG (lib/qr), drawn on white so phones read it in dark mode too. */
  svg: string;
  /** The address it holds, said to screen readers. */
  url: string;
  className?: string;
}

/** A QR code on screen: the admissions kit, the link builder and a quiz result. */
export function QrImage({ locale, svg, url, className = 'w-40' }: QrImageProps) {
  const t = getDictionary(locale).admissions;
  return <div className={`bg-white p-2 [&>svg]:h-auto [&>svg]:w-full ${className}`} role="img" aria-label={fill(t.qrAlt, { url })} data-qr dangerouslySetInnerHTML={{ __html: svg }} />;
}
