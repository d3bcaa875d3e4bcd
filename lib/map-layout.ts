// Geometry of /map: one column per area, one box per role, one arrow per career move
// (career.to). Pure numbers and SVG path strings, so it is unit-tested without a browser.
export interface MapInput {
  areas: { id: string; name: string }[];
  roles: { slug: string; title: string; areaId: string; to: string[] }[];
}

export interface MapBox { slug: string; lines: string[]; x: number; y: number; w: number; h: number }
export interface MapArrow { from: string; to: string; d: string }
export interface MapLayout {
  width: number;
  height: number;
  columns: { id: string; lines: string[]; x: number; w: number }[];
  boxes: MapBox[];
  arrows: MapArrow[];
}

const COLUMN_WIDTH = 216;
const BOX_WIDTH = 180;
const BOX_HEIGHT = 66;
const ROW_GAP = 34;
const TOP = 84;
const PAD = 20;
const LINE_CHARS = 18;

/** Breaks a title into lines of about LINE_CHARS characters, at spaces. */
export function wrapTitle(title: string, max = LINE_CHARS): string[] {
  const lines: string[] = [];
  for (const word of title.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function layoutMap({ areas, roles }: MapInput): MapLayout {
  const columns = areas.map((a, i) => ({ id: a.id, lines: wrapTitle(a.name, 24), x: PAD + i * COLUMN_WIDTH, w: BOX_WIDTH }));
  const boxes: MapBox[] = [];
  for (const column of columns) {
    roles
      .filter((r) => r.areaId === column.id)
      .forEach((r, row) => boxes.push({ slug: r.slug, lines: wrapTitle(r.title), x: column.x, y: TOP + row * (BOX_HEIGHT + ROW_GAP), w: BOX_WIDTH, h: BOX_HEIGHT }));
  }
  const bySlug = new Map(boxes.map((b) => [b.slug, b]));
  const arrows: MapArrow[] = [];
  for (const role of roles) {
    const a = bySlug.get(role.slug);
    for (const target of role.to) {
      const b = bySlug.get(target);
      if (!a || !b) continue;
      const ay = a.y + a.h / 2;
      const by = b.y + b.h / 2;
      let d: string;
      if (a.x === b.x) {
        // Same column: leave and re-enter on the right, bowing outwards.
        const x = a.x + a.w;
        const bow = 28 + Math.abs(by - ay) / 8;
        d = `M${x} ${ay} C${x + bow} ${ay} ${x + bow} ${by} ${x + 4} ${by}`;
      } else {
        const rightwards = b.x > a.x;
        const sx = rightwards ? a.x + a.w : a.x;
        const ex = rightwards ? b.x - 4 : b.x + b.w + 4;
        const mid = (sx + ex) / 2;
        d = `M${sx} ${ay} C${mid} ${ay} ${mid} ${by} ${ex} ${by}`;
      }
      arrows.push({ from: role.slug, to: target, d });
    }
  }
  const rows = Math.max(1, ...columns.map((c) => boxes.filter((b) => b.x === c.x).length));
  return {
    width: PAD * 2 + columns.length * COLUMN_WIDTH - (COLUMN_WIDTH - BOX_WIDTH) + 30, // room for same-column bows
    height: TOP + rows * (BOX_HEIGHT + ROW_GAP) + PAD,
    columns,
    boxes,
    arrows,
  };
}
