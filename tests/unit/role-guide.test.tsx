// @vitest-environment jsdom
import path from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RoleGuide } from '@/components/role/RoleGuide';
import { loadContent } from '@/lib/content/load';

const { index } = loadContent(path.join(__dirname, '..', 'fixtures', 'content', 'valid'), { minBodyWords: 20 });
const role = (locale: 'ru' | 'en', slug = 'alpha-manager') => index![locale].roles.find((r) => r.slug === slug)!;

afterEach(cleanup);

describe('RoleGuide', () => {
  it('shows the title as the only h1 and every section in the fixed order', () => {
    const { container } = render(<RoleGuide role={role('en')} />);
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Alpha manager']);
    expect([...container.querySelectorAll('section[id]')].map((s) => s.id)).toEqual([
      'overview', 'duties', 'skills', 'kpi', 'education', 'career', 'salary', 'pros-cons', 'faq', 'related', 'codes', 'sources',
    ]);
  });

  it('keeps essential and optional skills visibly apart', () => {
    const { container } = render(<RoleGuide role={role('en')} />);
    const essential = container.querySelector('[data-skill-weight="essential"]')!;
    const optional = container.querySelector('[data-skill-weight="optional"]')!;
    expect(within(essential as HTMLElement).getAllByRole('listitem')).toHaveLength(4);
    expect(within(optional as HTMLElement).getAllByRole('listitem')).toHaveLength(4);
    expect(essential.textContent).toContain('Skill negotiation');
  });

  it('shows a salary only with its region and source', () => {
    render(<RoleGuide role={role('ru')} />);
    const table = screen.getByRole('table', { name: 'Зарплаты из источников' });
    const row = within(table).getAllByRole('row')[1]!;
    const text = row.textContent!.replace(/\s/g, ' '); // ru-RU groups digits with a narrow no-break space
    expect(text).toContain('35 000–50 000 GBP в год');
    expect(row.textContent).toContain('Великобритания');
    expect(row.textContent).toContain('Статья 000, строки 325–327');
  });

  it('links related roles with the reason for the link', () => {
    render(<RoleGuide role={role('en')} />);
    const related = document.getElementById('related')!;
    const item = within(related).getAllByRole('listitem')[0]!;
    expect(within(item).getByRole('link', { name: 'Beta manager' }).getAttribute('href')).toBe('/en/roles/beta-manager');
    expect(item.textContent).toContain('(often confused)');
    expect(related.textContent).toContain('How it differs from beta-manager.');
  });

  it('marks how sure we are of each classification code', () => {
    render(<RoleGuide role={role('ru')} />);
    const codes = document.getElementById('codes')!;
    expect(codes.querySelector('[data-confidence="editorial"]')?.textContent).toBe('выбор редакции');
    expect(codes.querySelector('[data-confidence="verified"]')?.textContent).toBe('проверено');
  });
});

describe('RoleGuide career and neighbours', () => {
  it('draws the career path as linked boxes: from, this role, to', () => {
    render(<RoleGuide role={role('en')} />);
    const diagram = screen.getByRole('figure', { name: 'Career moves diagram' });
    const links = within(diagram).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Beta manager', '/en/roles/beta-manager'],
      ['Gamma manager', '/en/roles/gamma-manager'],
    ]);
    expect(within(diagram).getByText('Alpha manager')).toBeTruthy();
  });

  it('links the previous and next role of the same area', () => {
    const prev = { slug: 'beta-manager', title: 'Beta manager', areaId: 'commerce' };
    render(<RoleGuide role={role('en')} previous={prev} />);
    const nav = screen.getByRole('navigation', { name: 'Other roles in Commerce' });
    expect(within(nav).getByRole('link').getAttribute('rel')).toBe('prev');
  });
});
