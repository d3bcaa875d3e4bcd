import { describe, expect, it } from 'vitest';
import { parseCompareSelection, sharedItems } from '@/lib/compare';

const known = new Set(['sales-manager', 'account-manager', 'hr-manager', 'pr-manager']);

describe('parseCompareSelection', () => {
  it('reads a comma list and the form’s repeated parameter alike', () => {
    expect(parseCompareSelection('sales-manager,account-manager', known).slugs).toEqual(['sales-manager', 'account-manager']);
    expect(parseCompareSelection(['sales-manager', 'hr-manager'], known).slugs).toEqual(['sales-manager', 'hr-manager']);
  });

  it('forgives spaces, capitals and duplicates', () => {
    expect(parseCompareSelection(' Sales-Manager , sales-manager,HR-manager ', known).slugs).toEqual(['sales-manager', 'hr-manager']);
  });

  it('names unknown slugs instead of failing', () => {
    const s = parseCompareSelection('sales-manager,<script>,ceo', known);
    expect(s.slugs).toEqual(['sales-manager']);
    expect(s.unknown).toEqual(['<script>', 'ceo']);
  });

  it('keeps three roles and says which were left out', () => {
    const s = parseCompareSelection('sales-manager,account-manager,hr-manager,pr-manager', known);
    expect(s.slugs).toHaveLength(3);
    expect(s.dropped).toEqual(['pr-manager']);
  });

  it('copes with nothing and with a huge value', () => {
    expect(parseCompareSelection(undefined, known)).toEqual({ slugs: [], unknown: [], dropped: [] });
    expect(parseCompareSelection('x'.repeat(10_000), known).unknown[0]).toHaveLength(60);
  });
});

describe('sharedItems', () => {
  it('finds what every list has', () => {
    expect([...sharedItems([['a', 'b', 'c'], ['b', 'c'], ['c', 'b', 'd']])].sort()).toEqual(['b', 'c']);
  });
});
