import { breadcrumbJsonLd } from '@/lib/seo';
import { JsonLd } from './JsonLd';

export interface Crumb {
  label: string;
  href?: string; // the last crumb, the current page, has none
}

/** Visible breadcrumbs plus the same trail as schema.org BreadcrumbList. */
export function Breadcrumbs({ label, items }: { label: string; items: Crumb[] }) {
  return (
    <>
    <JsonLd data={breadcrumbJsonLd(items)} />
    <nav aria-label={label} className="no-print mb-4 text-sm text-muted">
      <ol className="flex flex-wrap gap-x-2">
        {items.map((item, i) => (
          <li key={item.label} className="flex gap-x-2">
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.href ? <a href={item.href}>{item.label}</a> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
    </>
  );
}
