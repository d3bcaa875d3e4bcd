import { getDictionary } from '@/lib/i18n';
import type { SectionProps } from './types';

export function Duties({ role }: SectionProps) {
  const t = getDictionary(role.locale).role;
  // Lists of sentences use index keys: rendered once on the server, never reordered.
  return (
    <>
      <h3 className="text-lg font-semibold">{t.dutiesList}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {role.duties.map((d, i) => (
          <li key={i}>{d}</li>
        ))}
      </ul>
    </>
  );
}
