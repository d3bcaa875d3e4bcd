import { getDictionary } from '@/lib/i18n';
import { toolHref, toolsHref } from '@/lib/links';
import type { SectionProps } from './types';

/** The role's tools as links; what each one is lives once, on its own page. */
export function Tools({ role }: SectionProps) {
  const t = getDictionary(role.locale).role;
  return (
    <>
      <h3 className="text-lg font-semibold">{t.toolsList}</h3>
      <ul className="mt-2 flex flex-wrap gap-2" data-tools>
        {role.tools.map((tool) => (
          <li key={tool.id}>
            <a href={toolHref(role.locale, tool.id)} className="inline-block rounded border border-line px-3 py-1 font-semibold">
              {tool.name}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        <a href={toolsHref(role.locale)}>{t.toolsMore}</a>
      </p>
    </>
  );
}
