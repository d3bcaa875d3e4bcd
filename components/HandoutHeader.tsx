import type { ReactNode } from 'react';
import { fill, getDictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/locales';
import { LocalAddressNote } from './LocalAddressNote';
import { PrintButton } from './PrintButton';

interface HandoutHeaderProps {
  locale: Locale;
  title: string;
  /** The absolute link the QR code opens. */
  url: string;
  /** SVG, or undefined when the link is too long for a QR code. */
  qr?: string;
  /** What the QR code's caption says ("scan to open the page"). */
  scan: string;
  /** SITE_URL is not set: say that the printed links point at this machine. */
  localAddress: boolean;
  /** Lines under the title. */
  children?: ReactNode;
}

/** The top of every A4 handout: site name, title, QR code back to the page, print button. */
export function HandoutHeader({ locale, title, url, qr, scan, localAddress, children }: HandoutHeaderProps) {
  const dict = getDictionary(locale);
  return (
    <>
      <header className="flex items-start justify-between gap-6 border-b border-line pb-3">
        <div>
          <p className="text-[9pt] text-muted">{dict.siteName}</p>
          <h1 className="text-[20pt] font-bold leading-tight">{title}</h1>
          {children}
        </div>
        {qr && (
          <figure className="w-[32mm] shrink-0 text-center">
            <div className="[&>svg]:h-auto [&>svg]:w-full" role="img" aria-label={fill(dict.admissions.qrAlt, { url })} dangerouslySetInnerHTML={{ __html: qr }} />
            <figcaption className="mt-1 text-[7pt] text-muted">{scan}</figcaption>
          </figure>
        )}
      </header>
      {localAddress && (
        <div className="no-print">
          <LocalAddressNote locale={locale} />
        </div>
      )}
      <PrintButton locale={locale} />
    </>
  );
}
