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
      'overview', 'duties', 'conditions', 'skills', 'tools', 'kpi', 'education', 'first-job', 'career', 'salary', 'laws', 'pros-cons', 'faq', 'related', 'codes', 'sources',
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

  it('shows current pay with what it measures, region, period and a named source; older pay only as history', () => {
    render(<RoleGuide role={role('ru')} />);
    const salary = document.getElementById('salary')!;
    const current = salary.querySelector('[data-pay-figure="current"]') as HTMLElement;
    const rows = within(within(current).getByRole('table', { name: 'Зарплаты по регионам' })).getAllByRole('row');
    expect(rows.map((r) => r.textContent!.replace(/\s/g, ' '))).toEqual(['РегионСумма', 'Москва140 000 ₽ в месяц', 'Санкт-Петербург115 700 ₽ в месяц']);
    expect(current.textContent).toContain('медиана; предлагают в вакансиях');
    expect(current.textContent).toContain('Зарплаты в вакансиях. — Пример сайта вакансий, 2025.');
    const history = salary.querySelector('details')!;
    expect(history.querySelector('summary')!.textContent).toBe('Старые данные (для истории)');
    expect(history.textContent).toContain('январь–июнь 2019');
    expect(salary.textContent).not.toMatch(/RUB|строки|\.txt/);
  });

  it('puts only a current figure of the role itself in the quick facts', () => {
    render(<RoleGuide role={role('ru')} />);
    const quick = document.querySelector('[data-quick-pay]')!;
    expect(quick.textContent!.replace(/\s/g, ' ')).toContain('140 000 ₽ в месяц (медиана, предлагают в вакансиях), Москва, 2025');
    expect(quick.textContent).not.toContain('40 000');
  });

  it('links job searches for the role on three sites, in a new tab, without JavaScript', () => {
    render(<RoleGuide role={role('ru')} />);
    const links = within(document.querySelector('[data-vacancy-links] ul') as HTMLElement).getAllByRole('link');
    expect(within(document.querySelector('[data-vacancy-links]') as HTMLElement).getByRole('link', { name: 'Как читать зарплату в вакансии' }).getAttribute('href')).toBe('/about#pay');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://hh.ru/search/vacancy?text=%D0%90%D0%BB%D1%8C%D1%84%D0%B0-%D0%BC%D0%B5%D0%BD%D0%B5%D0%B4%D0%B6%D0%B5%D1%80',
      'https://trudvsem.ru/vacancy/search?_title=%D0%90%D0%BB%D1%8C%D1%84%D0%B0-%D0%BC%D0%B5%D0%BD%D0%B5%D0%B4%D0%B6%D0%B5%D1%80&_titleType=VACANCY_NAME',
      'https://russia.superjob.ru/vacancy/search/?keywords=%D0%90%D0%BB%D1%8C%D1%84%D0%B0-%D0%BC%D0%B5%D0%BD%D0%B5%D0%B4%D0%B6%D0%B5%D1%80',
    ]);
    for (const a of links) expect([a.getAttribute('target'), a.getAttribute('rel')]).toEqual(['_blank', 'noopener']);
  });

  it('says plainly when no current figure exists', () => {
    render(<RoleGuide role={role('en', 'beta-manager')} />);
    expect(document.querySelector('[data-no-current-pay]')!.textContent).toContain('There is no current pay figure for this role.');
    expect(document.querySelector('[data-quick-pay]')!.textContent).toBe('No current pay figure');
  });

  it('lists sources as readable citations, linked, with the sections they support', () => {
    render(<RoleGuide role={role('ru')} />);
    const sources = document.getElementById('sources')!;
    const article = sources.querySelector('#source-fixture-article')!;
    expect(within(article as HTMLElement).getByRole('link', { name: 'Статья-источник' }).getAttribute('href')).toBe('https://example.org/article');
    expect(article.textContent).toContain('Статья-источник. — Пример издания, 2024. — Иван Петров.');
    expect(sources.querySelector('#source-common-knowledge')!.textContent).toContain('Общепринятые профессиональные знания');
    expect(document.getElementById('kpi')!.querySelector('[data-section-sources]')!.textContent).toContain('общепринятые профессиональные знания');
    expect(document.body.textContent).not.toMatch(/Статья \d{3}|строки|seeds|\.txt|editorNote|Only for editors/);
  });

  it('links related roles with the reason for the link', () => {
    render(<RoleGuide role={role('en')} />);
    const related = document.getElementById('related')!;
    const item = within(related).getAllByRole('listitem')[0]!;
    expect(within(item).getByRole('link', { name: 'Beta manager' }).getAttribute('href')).toBe('/en/roles/beta-manager');
    expect(item.textContent).toContain('(often confused)');
    expect(related.textContent).toContain('How it differs from beta-manager.');
  });

  it('gives each code its official title and says when it applies', () => {
    render(<RoleGuide role={role('ru')} />);
    const codes = document.getElementById('codes')!;
    expect(codes.querySelector('[data-covers="work"]')!.textContent).toContain('2423 Специалисты по кадрам');
    expect(codes.querySelector('[data-covers="work"]')!.textContent).toContain('Основной код: работа, описанная на этой странице');
    expect(codes.querySelector('[data-covers="head"]')!.textContent).toContain('Если должность означает руководителя направления');
    expect(codes.textContent).toContain('07.003 Специалист по управлению персоналом');
    expect(codes.textContent).toContain('утверждён приказом Минтруд России от 9 марта 2022 г. № 109н');
    expect(codes.textContent).not.toMatch(/не проверено|выбор редакции|confidence/);
  });

  it('shows each KPI as the glossary defines it, with the role’s note and a link to its page', () => {
    render(<RoleGuide role={role('en')} />);
    const kpi = document.querySelector('[data-kpi="kpi-one"]')!;
    expect(within(kpi as HTMLElement).getByRole('link', { name: 'KPI one' }).getAttribute('href')).toBe('/en/kpis/kpi-one');
    expect(kpi.textContent).toContain('Actual ÷ Plan × 100%');
    expect(kpi.textContent).toContain('In this role: A special note.');
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
