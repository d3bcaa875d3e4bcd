import type { Locale } from '@/lib/locales';
import type { Source } from '@/lib/content/types';
import { getDictionary } from '@/lib/i18n';
import { aboutHref } from '@/lib/links';

/**
 * A citation in the style of ГОСТ Р 7.0.100: "Title. — Publisher, 2025. — Author." Each part
 * ends with a full stop, linked title when the address is known. Common knowledge links to
 * the about page's explanation instead of repeating it.
 */
export function SourceCitation({ source, locale }: { source: Source; locale: Locale }) {
  const t = getDictionary(locale).role;
  if (source.kind === 'common-knowledge')
    return (
      <>
        {t.commonKnowledge} (<a href={aboutHref(locale, 'common-knowledge')}>{t.commonKnowledgeMore}</a>).
      </>
    );
  const year = source.published === 'undated' ? t.sourceUndated : source.published.slice(0, 4);
  const language = source.language !== locale ? t.sourceLanguage[source.language as keyof typeof t.sourceLanguage] : undefined;
  const title = (
    <cite className="not-italic" title={source.fullTitle}>
      {source.title}
    </cite>
  );
  return (
    <>
      {source.url ? (
        <a href={source.url} rel="noopener" hrefLang={source.language} lang={source.language}>
          {title}
        </a>
      ) : (
        <span lang={source.language}>{title}</span>
      )}
      {'. — '}
      {source.publisher}, {year}.{source.author ? ` — ${source.author}.` : ''}
      {language ? ` (${language})` : ''}
    </>
  );
}

/** Publisher and year only (no year when undated), for tight spaces (handouts, cards). */
export function shortCitation(source: Source, locale: Locale): string {
  const t = getDictionary(locale).role;
  if (source.kind === 'common-knowledge') return t.commonKnowledgeShort;
  return source.published === 'undated' ? source.publisher : `${source.publisher}, ${source.published.slice(0, 4)}`;
}
