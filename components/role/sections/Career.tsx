import { getDictionary } from '@/lib/i18n';
import { CareerDiagram } from '../CareerDiagram';
import type { SectionProps } from './types';

export function Career({ role }: SectionProps) {
  const t = getDictionary(role.locale).role;
  return (
    <>
      <h3 className="text-lg font-semibold">{t.ladder}</h3>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        {role.ladder.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
      <CareerDiagram locale={role.locale} title={role.title} from={role.career.from} to={role.career.to} />
    </>
  );
}
