import { getDictionary } from '@/lib/i18n';
import type { SectionProps } from './types';

export function ProsCons({ role }: SectionProps) {
  const t = getDictionary(role.locale).role;
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      {([
        [t.pros, role.pros],
        [t.cons, role.cons],
      ] as const).map(([heading, items]) => (
        <div key={heading}>
          <h3 className="text-lg font-semibold">{heading}</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {items.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
