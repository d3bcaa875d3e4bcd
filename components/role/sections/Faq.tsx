import type { SectionProps } from './types';

export function Faq({ role }: SectionProps) {
  return (
    <dl className="space-y-4">
      {role.faq.map((f, i) => (
        <div key={i}>
          <dt className="font-semibold">{f.q}</dt>
          <dd className="mt-1">{f.a}</dd>
        </div>
      ))}
    </dl>
  );
}
