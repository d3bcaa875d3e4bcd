import { getDictionary } from '@/lib/i18n';
import { searchHref } from '@/lib/links';
import type { Locale } from '@/lib/locales';

/** A plain GET form to /search: works without JavaScript everywhere it appears (public/enhance.js adds suggestions). */
export function SearchForm({ locale, query = '', compact = false, inputId }: { locale: Locale; query?: string; compact?: boolean; inputId: string }) {
  const t = getDictionary(locale).search;
  return (
    <form method="get" action={searchHref(locale)} role="search" aria-label={compact ? t.headerLabel : t.title} className="flex gap-2">
      <label htmlFor={inputId} className="sr-only">
        {t.label}
      </label>
      <input
        id={inputId}
        name="q"
        type="search"
        defaultValue={query}
        placeholder={compact ? t.placeholderShort : t.placeholder}
        maxLength={200}
        autoComplete="off"
        data-suggest-label={t.suggestionsLabel}
        className={`min-w-0 flex-1 rounded-md border border-line bg-paper px-3 text-ink placeholder:text-muted ${compact ? 'py-1 text-sm' : 'py-2 text-lg'}`}
      />
      <button type="submit" className={`rounded-md bg-accent font-semibold text-accent-ink ${compact ? 'px-3 py-1 text-sm' : 'px-5 py-2'}`}>
        {t.submit}
      </button>
    </form>
  );
}
