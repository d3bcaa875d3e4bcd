import { getDictionary } from '@/lib/i18n';
import { SourceCitation } from '../SourceCitation';
import type { SectionProps } from './types';

/** The laws and standards this page cites for its laws section, as linked citations. */
export function Laws({ role }: SectionProps) {
  const laws = role.sources.filter((s) => s.sections.includes('laws') && (s.source.kind === 'law' || s.source.kind === 'standard'));
  if (laws.length === 0) return null;
  const t = getDictionary(role.locale).role;
  return (
    <>
      <h3 className="text-lg font-semibold">{t.lawsList}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {laws.map(({ source }) => (
          <li key={source.id}>
            <SourceCitation source={source} locale={role.locale} />
          </li>
        ))}
      </ul>
    </>
  );
}
