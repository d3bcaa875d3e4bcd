import { getDictionary } from '@/lib/i18n';
import { toolHref } from '@/lib/links';
import type { SectionProps } from './types';

export function Tools({ role }: SectionProps) {
  const t = getDictionary(role.locale).role;
  return (
    <>
      <h3 className="text-lg font-semibold">{t.toolsList}</h3>
      <ul className="mt-2 space-y-2" data-tools>
        {role.tools.map((tool) => (
          <li key={tool.id}>
            <a href={toolHref(role.locale, tool.id)} className="font-semibold">
              {tool.name}
            </a>
            {' — '}
            {tool.description}
          </li>
        ))}
      </ul>
    </>
  );
}
