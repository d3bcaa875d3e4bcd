// Geometry of /map: one column per area, one box per role, one arrow per career move
// (career.to). Arrows are orthogonal and run only through the free space around the boxes:
// out of the box's side into the corridor beside its column, along that corridor to the gap
// above the target's row, along the gap, and down into the target's top (a move within one
// column goes out and back in on the right). Each corridor and gap gives every arrow its own
// lane, so no arrow runs behind a box or along another. A role that a third or more of all
// roles lead to (the line manager) is a hub: its arrows would comb the whole map, so the box
// says how many roles lead there instead. Pure numbers and SVG path strings, so it is
// unit-tested without a browser.
export interface MapInput {
  areas: { id: string; name: string }[];
  roles: { slug: string; title: string; areaId: string; to: string[] }[];
}

/** `hubFrom`: for a hub, how many roles lead to it (its arrows are not drawn). */
export interface MapBox { slug: string; lines: string[]; x: number; y: number; w: number; h: number; hubFrom?: number }
/** `points`: the corners of the orthogonal path, start to end (the end carries the arrowhead). */
export interface MapArrow { from: string; to: string; d: string; points: [number, number][] }
export interface MapLayout {
  width: number;
  height: number;
  columns: { id: string; lines: string[]; x: number; w: number }[];
  /** The y of the first heading line's baseline, and the spacing of heading lines. */
  heading: { y: number; lineHeight: number };
  boxes: MapBox[];
  arrows: MapArrow[];
}

export const BOX_WIDTH = 176;
const BOX_HEIGHT = 66;
const CORRIDOR = 40; // free space between columns: the vertical lanes
const ROW_GAP = 56; // free space between rows: the horizontal lanes
const PAD = 16;
const HEADING_LINE = 19;
export const HEADING_CHARS = 18; // at 15px semibold a column heading line fits BOX_WIDTH
const LINE_CHARS = 18;

/** Breaks a title into lines of about `max` characters, at spaces. */
export function wrapTitle(title: string, max = LINE_CHARS): string[] {
  const lines: string[] = [];
  for (const word of title.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Evenly spaced offsets for n lanes in a space of `size`. */
const lanes = (n: number, size: number) => Array.from({ length: n }, (_, i) => Math.round(((i + 1) * size) / (n + 1)));

export function layoutMap({ areas, roles }: MapInput): MapLayout {
  const headingLines = Math.max(1, ...areas.map((a) => wrapTitle(a.name, HEADING_CHARS).length));
  const headingY = PAD + 14;
  const top = headingY + (headingLines - 1) * HEADING_LINE + 12 + ROW_GAP; // first row, below its gap
  const columns = areas.map((a, i) => ({ id: a.id, lines: wrapTitle(a.name, HEADING_CHARS), x: PAD + i * (BOX_WIDTH + CORRIDOR), w: BOX_WIDTH }));
  const boxes: MapBox[] = [];
  const place = new Map<string, { column: number; row: number }>();
  columns.forEach((column, c) => {
    roles
      .filter((r) => r.areaId === column.id)
      .forEach((r, row) => {
        boxes.push({ slug: r.slug, lines: wrapTitle(r.title), x: column.x, y: top + row * (BOX_HEIGHT + ROW_GAP), w: BOX_WIDTH, h: BOX_HEIGHT });
        place.set(r.slug, { column: c, row });
      });
  });
  const bySlug = new Map(boxes.map((b) => [b.slug, b]));
  const inbound = new Map<string, number>();
  for (const r of roles) for (const t of new Set(r.to)) if (bySlug.has(t) && bySlug.has(r.slug) && t !== r.slug) inbound.set(t, (inbound.get(t) ?? 0) + 1);
  const hubMin = Math.max(3, Math.ceil(roles.length / 3));
  for (const b of boxes) if ((inbound.get(b.slug) ?? 0) >= hubMin) b.hubFrom = inbound.get(b.slug);

  // Each move, with the corridor (index of the column it runs right of; -1 = left of the first)
  // and the gap (index of the row it runs above; undefined for a move within one column).
  const moves = roles.flatMap((r) =>
    r.to
      .filter((target) => bySlug.has(target) && bySlug.has(r.slug) && target !== r.slug && bySlug.get(target)!.hubFrom === undefined)
      .map((target) => {
        const a = place.get(r.slug)!;
        const b = place.get(target)!;
        const side: 'right' | 'left' = b.column >= a.column ? 'right' : 'left';
        return { from: r.slug, to: target, a, b, side, corridor: side === 'right' ? a.column : a.column - 1, gap: a.column === b.column ? undefined : b.row };
      }),
  );
  // Lanes: spread the arrows sharing a corridor, a gap, a box side or a box top.
  const laneOf = <K>(key: (m: (typeof moves)[number]) => K | undefined, size: number) => {
    const groups = new Map<K, number[]>();
    moves.forEach((m, i) => {
      const k = key(m);
      if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), i]);
    });
    const out = new Map<number, number>();
    for (const members of groups.values()) lanes(members.length, size).forEach((offset, j) => out.set(members[j]!, offset));
    return out;
  };
  const corridorLane = laneOf((m) => m.corridor, CORRIDOR);
  const gapLane = laneOf((m) => m.gap, ROW_GAP);
  // Ports: where arrows leave or enter a box side; every use of one side gets its own lane.
  const ports = new Map<string, { move: number; end: 'exit' | 'entry' }[]>();
  const usePort = (key: string, move: number, end: 'exit' | 'entry') => ports.set(key, [...(ports.get(key) ?? []), { move, end }]);
  // A box side facing a corridor shares its lanes with the facing side across it (same row).
  const sidePort = (column: number, row: number, side: 'left' | 'right') => `${side === 'right' ? column : column - 1}:${row}`;
  moves.forEach((m, i) => {
    usePort(sidePort(m.a.column, m.a.row, m.side), i, 'exit');
    usePort(m.gap === undefined ? sidePort(m.b.column, m.b.row, 'right') : `${m.to}:top`, i, 'entry');
  });
  const portLane = new Map<string, number>(); // `${move}:${end}` -> offset along the side
  for (const [key, uses] of ports) {
    const size = key.endsWith(':top') ? BOX_WIDTH : BOX_HEIGHT;
    lanes(uses.length, size).forEach((offset, j) => portLane.set(`${uses[j]!.move}:${uses[j]!.end}`, offset));
  }

  const arrows: MapArrow[] = moves.map((m, i) => {
    const a = bySlug.get(m.from)!;
    const b = bySlug.get(m.to)!;
    const sy = a.y + portLane.get(`${i}:exit`)!;
    const sx = m.side === 'right' ? a.x + a.w : a.x;
    const cx = m.corridor >= 0 ? columns[m.corridor]!.x + BOX_WIDTH + corridorLane.get(i)! : PAD - CORRIDOR + corridorLane.get(i)!;
    let points: [number, number][];
    if (m.gap === undefined) {
      const ey = b.y + portLane.get(`${i}:entry`)!;
      points = [[sx, sy], [cx, sy], [cx, ey], [b.x + b.w + 3, ey]];
    } else {
      const gy = b.y - ROW_GAP + gapLane.get(i)!;
      const ex = b.x + portLane.get(`${i}:entry`)!;
      points = [[sx, sy], [cx, sy], [cx, gy], [ex, gy], [ex, b.y - 3]];
    }
    const d = points.map(([x, y], k) => `${k === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
    return { from: m.from, to: m.to, d, points };
  });
  const rows = Math.max(1, ...columns.map((_, c) => boxes.filter((b) => place.get(b.slug)!.column === c).length));
  return {
    width: PAD * 2 + columns.length * BOX_WIDTH + (columns.length - 1) * CORRIDOR + CORRIDOR, // the last column's right corridor
    height: top + rows * (BOX_HEIGHT + ROW_GAP) - ROW_GAP + PAD,
    columns,
    heading: { y: headingY, lineHeight: HEADING_LINE },
    boxes,
    arrows,
  };
}
