import { formatDate } from '@/lib/format';
import { fill, getDictionary } from '@/lib/i18n';
import { SourceCitation } from '../SourceCitation';
import { sectionHeading } from '../section-heading';
import type { SectionProps } from './types';

/** Every source of the page as a readable citation, with the sections it supports. */
export function Sources({ role }: SectionProps) {
  const t = getDictionary(role.locale).role;
  return (
    <>
      <p>{t.sourcesIntro}</p>
      <ol className="mt-2 list-decimal space-y-2 pl-5">
        {role.sources.map(({ source, sections }) => (
          <li key={source.id} id={`source-${source.id}`}>
            <SourceCitation source={source} locale={role.locale} />
            <span className="block text-sm text-muted">
              {sections.length ? fill(t.citedFor, { sections: sections.map((id) => sectionHeading(role, id)).join(', ') }) : t.wholePage}
            </span>
          </li>
        ))}
      </ol>
      <p className="mt-4">
        {t.reviewed}: <time dateTime={role.reviewed}>{formatDate(role.locale, role.reviewed)}</time>
      </p>
    </>
  );
}
