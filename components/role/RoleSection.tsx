import type { ReactNode } from 'react';
import type { Source } from '@/lib/content/types';
import { getDictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/locales';
import { CopyButton } from '../CopyButton';
import { shortCitation } from './SourceCitation';

interface RoleSectionProps {
  id: string;
  locale: Locale;
  heading: string;
  /** Sanitized HTML from the content pipeline (remark-html), or nothing. */
  html?: string;
  /** The sources this section's facts come from (listed in full under #sources). */
  sources: Source[];
  /** The section's own URL (page path + #id) and the copy button's words */
  copy?: { url: string; label: string; short: string; done: string; failed: string };
  children?: ReactNode;
}

/** One section of a role guide: heading with a link to itself, prose, data, its sources. */
export function RoleSection({ id, locale, heading, html, sources, copy, children }: RoleSectionProps) {
  const t = getDictionary(locale).role;
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="role-section mt-10 border-t border-line pt-6">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id={`${id}-heading`} className="group flex items-baseline gap-2 text-2xl font-bold">
          <span>{heading}</span>
          <a href={`#${id}`} className="no-print text-base font-normal text-muted no-underline hover:text-accent" aria-label={`${t.sectionLink}: ${heading}`}>
            #
          </a>
        </h2>
        {copy && <CopyButton value={copy.url} label={`${copy.label}: ${heading}`} short={copy.short} done={copy.done} failed={copy.failed} />}
      </div>
      {html ? <div className="prose mt-3 max-w-prose" dangerouslySetInnerHTML={{ __html: html }} /> : null}
      {children ? <div className="mt-4 max-w-prose">{children}</div> : null}
      <div className="mt-4 flex max-w-prose flex-wrap items-baseline justify-between gap-x-6 gap-y-1 text-sm text-muted">
        {sources.length > 0 ? (
          <div data-section-sources className="flex flex-wrap gap-x-1">
            <span>{t.sectionSources}:</span>
            <ul className="inline-flex flex-wrap gap-x-1">
              {sources.map((s, i) => (
                <li key={s.id}>
                  <a href={`#source-${s.id}`}>{shortCitation(s, locale)}</a>
                  {i < sources.length - 1 && ';'}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <span />
        )}
        <a href="#contents" className="no-print role-back-to-contents">
          {t.backToContents}
        </a>
      </div>
    </section>
  );
}
