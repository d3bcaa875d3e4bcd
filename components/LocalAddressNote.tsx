import { getDictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/locales';
import { SITE_URL } from '@/lib/site';

/** Said out loud wherever something is handed out: with no SITE_URL, links point at this machine. */
export function LocalAddressNote({ locale }: { locale: Locale }) {
  const t = getDictionary(locale).admissions;
  return (
    <p role="note" className="mt-4 max-w-prose rounded-md border-l-4 border-accent bg-panel p-3" data-local-address>
      {t.localAddress.replace('{url}', SITE_URL)} <code className="font-mono">SITE_URL</code>
      {t.localAddressHow}
    </p>
  );
}
