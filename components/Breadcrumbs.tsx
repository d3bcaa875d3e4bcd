import Link from 'next/link';

export interface Crumb {
  label: string;
  href?: string; // the last crumb, the current page, has none
}

export function Breadcrumbs({ label, items }: { label: string; items: Crumb[] }) {
  return (
    <nav aria-label={label} className="no-print mb-4 text-sm text-muted">
      <ol className="flex flex-wrap gap-x-2">
        {items.map((item, i) => (
          <li key={item.label} className="flex gap-x-2">
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.href ? <Link href={item.href}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
