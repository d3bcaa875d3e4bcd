import { describe, expect, it } from 'vitest';
import { layoutMap, wrapTitle } from '@/lib/map-layout';

const input = {
  areas: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
  roles: [
    { slug: 'one', title: 'Менеджер по обучению и развитию', areaId: 'a', to: ['two', 'three'] },
    { slug: 'two', title: 'Two', areaId: 'a', to: [] },
    { slug: 'three', title: 'Three', areaId: 'b', to: ['missing'] },
  ],
};

describe('map layout', () => {
  it('puts each area in its own column and each role in its area', () => {
    const map = layoutMap(input);
    const x = (slug: string) => map.boxes.find((b) => b.slug === slug)!.x;
    expect(x('one')).toBe(x('two'));
    expect(x('three')).toBeGreaterThan(x('one'));
    expect(map.boxes.every((b) => b.x + b.w <= map.width && b.y + b.h <= map.height)).toBe(true);
  });

  it('draws one arrow per career move to a known role', () => {
    const map = layoutMap(input);
    expect(map.arrows.map((a) => `${a.from}->${a.to}`)).toEqual(['one->two', 'one->three']);
    expect(map.arrows.every((a) => /^M[\d.]+ [\d.]+ C/.test(a.d))).toBe(true);
  });

  it('wraps long titles into short lines', () => {
    expect(wrapTitle('Менеджер по обучению и развитию')).toEqual(['Менеджер по', 'обучению и', 'развитию']);
  });
});
