import type { Area, RoleLink } from '@/lib/content/types';
import { fill, getDictionary, plural } from '@/lib/i18n';
import { homeHref, roleHref } from '@/lib/links';
import type { Locale } from '@/lib/locales';
import { layoutMap } from '@/lib/map-layout';
import { Breadcrumbs } from '../Breadcrumbs';

export interface MapPageProps {
  locale: Locale;
  areas: Area[];
  roles: { slug: string; title: string; areaId: string; to: RoleLink[] }[];
}

/** Every role as a linked box in its area's column, with career-move arrows; SVG from the server. */
export function MapPage({ locale, areas, roles }: MapPageProps) {
  const dict = getDictionary(locale);
  const t = dict.map;
  const map = layoutMap({
    areas: areas.map((a) => ({ id: a.id, name: a.name })),
    roles: roles.map((r) => ({ slug: r.slug, title: r.title, areaId: r.areaId, to: r.to.map((c) => c.slug) })),
  });
  const titleOf = new Map(roles.map((r) => [r.slug, r.title]));
  return (
    <>
      <Breadcrumbs label={dict.breadcrumbs} items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: t.title }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{t.lead}</p>
      {/* On a phone the diagram would be a sideways scroll of small print: the list below says the same. */}
      <p className="mt-4 max-w-prose md:hidden">
        <a href="#map-text">{t.phoneNote}</a>
      </p>
      <div role="region" className="mt-6 hidden overflow-x-auto rounded-lg border border-line bg-panel md:block" tabIndex={0} aria-label={t.svgTitle}>
        <svg
          width={map.width}
          height={map.height}
          viewBox={`0 0 ${map.width} ${map.height}`}
          aria-labelledby="map-svg-title"
          className="block text-ink"
          data-map
        >
          <title id="map-svg-title">{t.svgTitle}</title>
          <defs>
            <marker id="arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0 0 L10 5 L0 10 z" fill="currentColor" />
            </marker>
          </defs>
          {map.columns.map((c) => (
            <text key={c.id} x={c.x} y={map.heading.y} className="fill-current text-[15px] font-semibold" data-map-heading>
              {c.lines.map((line, i) => (
                <tspan key={line} x={c.x} dy={i === 0 ? 0 : map.heading.lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
          <g fill="none" stroke="currentColor" strokeOpacity="0.6" strokeWidth="1.5" strokeLinejoin="round" aria-hidden="true">
            {map.arrows.map((a) => (
              <path key={`${a.from}-${a.to}`} d={a.d} markerEnd="url(#arrowhead)" data-map-arrow={`${a.from}>${a.to}`} />
            ))}
          </g>
          {map.boxes.map((b) => (
            <a key={b.slug} href={roleHref(locale, b.slug)} aria-label={titleOf.get(b.slug)}>
              <rect x={b.x} y={b.y} width={b.w} height={b.h} rx="8" className="fill-[var(--color-paper)] stroke-[var(--color-accent)]" strokeWidth="1.5" data-map-box={b.slug} />
              <text x={b.x + 12} y={b.y + b.h / 2 + 5 - (b.lines.length - 1 + (b.hubFrom ? 1 : 0)) * 9} className="fill-[var(--color-accent)] text-[13px]">
                {b.lines.map((line, i) => (
                  <tspan key={line} x={b.x + 12} dy={i === 0 ? 0 : 18}>
                    {line}
                  </tspan>
                ))}
              </text>
              {b.hubFrom !== undefined && (
                <text x={b.x + 12} y={b.y + b.h - 12} className="fill-current text-[12px]">
                  ↑ {plural(locale, b.hubFrom, t.hubFrom)}
                </text>
              )}
            </a>
          ))}
        </svg>
      </div>
      {map.boxes
        .filter((b) => b.hubFrom !== undefined)
        .map((b) => (
          <p key={b.slug} className="mt-2 hidden max-w-prose text-sm md:block">
            {fill(t.hubNote, { role: titleOf.get(b.slug)!, count: b.hubFrom! })}
          </p>
        ))}
      <section aria-labelledby="map-text" className="mt-10">
        <h2 id="map-text" className="text-2xl font-bold">
          {t.textTitle}
        </h2>
        {areas.map((area) => (
          <div key={area.id} className="mt-4">
            <h3 className="text-lg font-semibold">{area.name}</h3>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {roles
                .filter((r) => r.areaId === area.id)
                .map((r) => (
                  <li key={r.slug}>
                    <a href={roleHref(locale, r.slug)}>{r.title}</a>
                    {'. '}
                    {r.to.length > 0 ? (
                      <>
                        {t.leadsTo}{' '}
                        {r.to.map((to, i) => (
                          <span key={to.slug}>
                            {i > 0 && ', '}
                            <a href={roleHref(locale, to.slug)}>{to.title}</a>
                          </span>
                        ))}
                      </>
                    ) : (
                      t.noMoves
                    )}
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </section>
    </>
  );
}
