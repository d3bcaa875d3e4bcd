import { getDictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/locales';

/** Prints the page (public/enhance.js); hidden without JavaScript, when the browser's own Print is the way. */
export function PrintButton({ locale }: { locale: Locale }) {
  return (
    <p className="no-print mt-3" data-needs-js>
      <button type="button" data-print className="rounded-md bg-accent px-4 py-2 font-semibold text-accent-ink">
        {getDictionary(locale).handout.print}
      </button>
    </p>
  );
}
