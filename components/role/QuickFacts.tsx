import type { Role } from '@/lib/content/types';
import { headlinePay } from '@/lib/content/pay';
import { payHeadline } from '@/lib/format';
import { getDictionary } from '@/lib/i18n';
import { roleHref, rolesHref, skillHref, studyHref } from '@/lib/links';
import { shortCitation } from './SourceCitation';

/** The box at the top of a role page: the answers most readers came for. */
export function QuickFacts({ role }: { role: Role }) {
  const t = getDictionary(role.locale).role;
  const essential = role.skills.filter((s) => s.weight === 'essential');
  const bachelor = role.codes.studyDirections.filter((d) => d.level === 'bachelor');
  const pay = headlinePay(role.pay);
  const main = role.codes.occupations[0]!;
  return (
    <section aria-labelledby="quick-facts-heading" className="mt-6 rounded-lg bg-panel p-5">
      <h2 id="quick-facts-heading" className="text-lg font-semibold">
        {t.quickFacts}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t.area}</dt>
        <dd>
          <a href={rolesHref(role.locale, role.area.id)}>{role.area.name}</a>
        </dd>
        <dt className="font-medium">{t.education}</dt>
        <dd>
          {(bachelor.length ? bachelor : role.codes.studyDirections).map((d, i) => (
            <span key={d.code}>
              {i > 0 && '; '}
              <a href={studyHref(role.locale, d.code)}>
                {d.code} {d.name}
              </a>
            </span>
          ))}
        </dd>
        <dt className="font-medium">{t.essentialSkills}</dt>
        <dd>
          {essential.map((s, i) => (
            <span key={s.skill.id}>
              {i > 0 && ', '}
              <a href={skillHref(role.locale, s.skill.id)}>{s.skill.label}</a>
            </span>
          ))}
        </dd>
        <dt className="font-medium">{t.salary}</dt>
        <dd data-quick-pay>
          {pay ? (
            <>
              {payHeadline(role.locale, pay)} —{' '}
              {shortCitation(pay.source, role.locale)} <a href={roleHref(role.locale, role.slug, 'salary')}>({t.pay.more})</a>
            </>
          ) : (
            <a href={roleHref(role.locale, role.slug, 'salary')}>{t.noCurrentPay}</a>
          )}
        </dd>
        <dt className="font-medium">{t.occupationCode}</dt>
        <dd>
          {main.code} {main.name}
        </dd>
      </dl>
    </section>
  );
}
