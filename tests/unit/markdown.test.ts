import { describe, expect, it } from 'vitest';
import { countWords, renderMarkdown, resolveRoleLinks, splitSections } from '@/lib/content/markdown';
import { PROSE_SECTION_IDS } from '@/lib/content/sections';

describe('renderMarkdown: the sanitizer is a second line of defence', () => {
  it('drops script tags and inline event handlers', () => {
    const html = renderMarkdown('Text <script>alert(1)</script> <img src=x onerror="alert(2)"> end');
    expect(html).not.toMatch(/<script|onerror|<img/i);
    expect(html).toContain('Text');
  });

  it('drops javascript: and data: link targets but keeps the link text', () => {
    const html = renderMarkdown('[a](javascript:alert(1)) [b](data:text/html,hi) [c](/roles/x)');
    expect(html).not.toMatch(/javascript:|data:/i);
    expect(html).toContain('<a href="/roles/x">c</a>');
    expect(html).toContain('a');
  });
});

describe('splitSections', () => {
  it('reads "## Heading {#id}" sections in order', () => {
    const body = ['## Кто это {#overview}', 'Текст.', '', '### Подзаголовок', 'Ещё.', '## Дела {#duties}', 'Дела.'].join('\n');
    const { sections, problems } = splitSections(body);
    expect(sections.map((s) => [s.id, s.heading])).toEqual([
      ['overview', 'Кто это'],
      ['duties', 'Дела'],
    ]);
    expect(sections[0]!.markdown).toContain('### Подзаголовок');
    expect(problems).toContain('missing section "## … {#skills}"');
  });

  it('names headings without an id and sections out of order', () => {
    const { problems } = splitSections('## Дела {#duties}\nx\n## Кто это {#overview}\ny\n## Без id\nz');
    expect(problems).toContain(`section "#overview" is out of order: expected the order ${PROSE_SECTION_IDS.join(', ')}`);
    expect(problems[0]).toBe(`line 5: "## Без id" is not a section heading: use "## Heading {#id}" with one of ${PROSE_SECTION_IDS.join(', ')}, or "###" for a subheading`);
  });
});

describe('role links and word counts', () => {
  it('uses the given text for [[slug|text]] and the title for [[slug]]', () => {
    const resolve = (slug: string) => ({ href: `/roles/${slug}`, title: 'Аккаунт-менеджер' });
    expect(resolveRoleLinks('к [[account-manager|аккаунт-менеджеру]] и [[account-manager]]', resolve)).toBe(
      'к [аккаунт-менеджеру](/roles/account-manager) и [Аккаунт-менеджер](/roles/account-manager)',
    );
  });

  it('counts words of prose, not markup', () => {
    expect(countWords('## Заголовок {#overview}\n\nДва слова, [[x-y|три]] — **четыре**.')).toBe(5);
  });
});
