import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import { HEADING_CHARS, layoutMap, wrapTitle, type MapLayout } from '@/lib/map-layout';

const input = {
  areas: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
  roles: [
    { slug: 'one', title: 'Менеджер по обучению и развитию', areaId: 'a', to: ['two', 'three'] },
    { slug: 'two', title: 'Two', areaId: 'a', to: [] },
    { slug: 'three', title: 'Three', areaId: 'b', to: ['missing'] },
  ],
};

/** The real map: every area and role of the guide. */
function realMap(): MapLayout {
  const { areas, roles } = getContent().ru;
  return layoutMap({ areas, roles: roles.map((r) => ({ slug: r.slug, title: r.title, areaId: r.area.id, to: r.career.to.map((t) => t.slug) })) });
}

type Segment = [[number, number], [number, number]];
const segments = (points: [number, number][]): Segment[] => points.slice(1).map((p, i) => [points[i]!, p]);

describe('map layout', () => {
  it('puts each area in its own column and each role in its area', () => {
    const map = layoutMap(input);
    const x = (slug: string) => map.boxes.find((b) => b.slug === slug)!.x;
    expect(x('one')).toBe(x('two'));
    expect(x('three')).toBeGreaterThan(x('one'));
    expect(map.boxes.every((b) => b.x + b.w <= map.width && b.y + b.h <= map.height)).toBe(true);
  });

  it('draws one arrow per career move to a known role, ending at the target box', () => {
    const map = layoutMap(input);
    expect(map.arrows.map((a) => `${a.from}->${a.to}`)).toEqual(['one->two', 'one->three']);
    for (const a of map.arrows) {
      const [x, y] = a.points.at(-1)!;
      const b = map.boxes.find((box) => box.slug === a.to)!;
      expect(x >= b.x - 4 && x <= b.x + b.w + 4 && y >= b.y - 4 && y <= b.y + b.h + 4).toBe(true);
    }
  });

  it('runs no arrow behind a box: every segment stays outside every box', () => {
    const map = realMap();
    expect(map.arrows.length).toBeGreaterThan(10);
    const crossings: string[] = [];
    for (const a of map.arrows) {
      for (const [[x1, y1], [x2, y2]] of segments(a.points)) {
        if (x1 !== x2 && y1 !== y2) crossings.push(`${a.from}->${a.to} is not orthogonal`);
        for (const b of map.boxes) {
          const inside = Math.max(x1, x2) > b.x + 1 && Math.min(x1, x2) < b.x + b.w - 1 && Math.max(y1, y2) > b.y + 1 && Math.min(y1, y2) < b.y + b.h - 1;
          if (inside) crossings.push(`${a.from}->${a.to} crosses ${b.slug}`);
        }
      }
    }
    expect(crossings).toEqual([]);
  });

  it('gives every arrow its own lane: no two arrows run along the same line', () => {
    const map = realMap();
    const all = map.arrows.flatMap((a) => segments(a.points).map((s) => ({ arrow: `${a.from}->${a.to}`, s })));
    const overlaps: string[] = [];
    for (const [i, p] of all.entries()) {
      for (const q of all.slice(i + 1)) {
        if (p.arrow === q.arrow) continue;
        const [[a1, b1], [a2, b2]] = p.s;
        const [[c1, d1], [c2, d2]] = q.s;
        const vertical = a1 === a2 && c1 === c2 && a1 === c1 && Math.min(Math.max(b1, b2), Math.max(d1, d2)) - Math.max(Math.min(b1, b2), Math.min(d1, d2)) > 0;
        const horizontal = b1 === b2 && d1 === d2 && b1 === d1 && Math.min(Math.max(a1, a2), Math.max(c1, c2)) - Math.max(Math.min(a1, a2), Math.min(c1, c2)) > 0;
        if (vertical || horizontal) overlaps.push(`${p.arrow} overlaps ${q.arrow}`);
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('wraps column headings to the column width, so neighbours never touch', () => {
    const map = realMap();
    for (const c of map.columns) for (const line of c.lines) expect(line.length, line).toBeLessThanOrEqual(HEADING_CHARS);
    const firstRow = Math.min(...map.boxes.map((b) => b.y));
    const lastHeadingLine = map.heading.y + (Math.max(...map.columns.map((c) => c.lines.length)) - 1) * map.heading.lineHeight;
    expect(lastHeadingLine).toBeLessThan(firstRow - 40);
  });

  it('fits the page width, and draws no comb of arrows into a role most roles lead to', () => {
    const map = realMap();
    expect(map.width).toBeLessThanOrEqual(1120);
    const hub = map.boxes.find((b) => b.slug === 'line-manager')!;
    expect(hub.hubFrom).toBeGreaterThanOrEqual(6);
    expect(map.arrows.filter((a) => a.to === 'line-manager')).toEqual([]);
    expect(map.boxes.filter((b) => b.hubFrom !== undefined).map((b) => b.slug)).toEqual(['line-manager']);
  });

  it('wraps long titles into short lines', () => {
    expect(wrapTitle('Менеджер по обучению и развитию')).toEqual(['Менеджер по', 'обучению и', 'развитию']);
  });
});
