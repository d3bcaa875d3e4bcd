import type { ReactNode } from 'react';
import { CopyButton } from '../CopyButton';

interface RoleSectionProps {
  id: string;
  heading: string;
  /** Sanitized HTML from the content pipeline (remark-html), or nothing. */
  html?: string;
  linkLabel: string;
  /** The section's own URL (page path + #id) and the copy button's words */
  copy?: { url: string; label: string; short: string; done: string; failed: string };
  children?: ReactNode;
}

/** One fixed section of a role guide: heading with a visible link to itself, prose, data. */
export function RoleSection({ id, heading, html, linkLabel, copy, children }: RoleSectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="role-section mt-10 border-t border-line pt-6">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id={`${id}-heading`} className="group flex items-baseline gap-2 text-2xl font-bold">
          <span>{heading}</span>
          <a
            href={`#${id}`}
            className="no-print text-base font-normal text-muted no-underline hover:text-accent"
            aria-label={`${linkLabel}: ${heading}`}
          >
            #
          </a>
        </h2>
        {copy && (
          <CopyButton
            value={copy.url}
            label={`${copy.label}: ${heading}`}
            short={copy.short}
            done={copy.done}
            failed={copy.failed}
          />
        )}
      </div>
      {html ? (
        <div className="prose mt-3 max-w-prose" dangerouslySetInnerHTML={{ __html: html }} />
      ) : null}
      {children ? <div className="mt-4 max-w-prose">{children}</div> : null}
    </section>
  );
}
