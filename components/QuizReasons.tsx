import { fill, getDictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/locales';
import type { QuizReasonView } from '@/lib/quiz-view';

/** Why a role scored high: "Persuading: you chose «…», and this role involves a lot of persuading." */
export function QuizReasons({ locale, reasons, className }: { locale: Locale; reasons: QuizReasonView[]; className: string }) {
  const t = getDictionary(locale).quiz;
  return (
    <ul className={className}>
      {reasons.map((reason) => (
        <li key={reason.name}>
          <strong>{reason.name}:</strong>{' '}
          {reason.statements.length > 0
            ? fill(t.reasonChosen, { statements: reason.statements.slice(0, 2).map((s) => `«${s.replace(/\.$/, '')}»`).join(', '), inRole: reason.inRole })
            : fill(t.reasonLeaning, { inRole: reason.inRole })}
        </li>
      ))}
    </ul>
  );
}
