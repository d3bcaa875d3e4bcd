// The one table of role-page sections: their ids (stable: published in deep links such as
// /roles/hr-manager#education), their order on the page and in ru.md/en.md, whether the
// author writes prose for them, and the heading a page uses when the author gives none.
// The schema, the loader, the role page, the contents list, the admissions link builder and
// the tests all read this table.
import type { Locale } from '../locales';

export type ProseRule =
  /** the author must write prose under `## Heading {#id}` */
  | 'required'
  /** prose is allowed; the section is shown when it has prose or data */
  | 'optional'
  /** the page builds the section from data; no `## {#id}` heading in the body */
  | 'none';

interface SectionSpec {
  id: string;
  prose: ProseRule;
  heading: Record<Locale, string>;
}

export const SECTIONS = [
  { id: 'overview', prose: 'required', heading: { ru: 'Что это за работа', en: 'What the job is' } },
  { id: 'duties', prose: 'required', heading: { ru: 'Чем вы будете заниматься', en: 'What you will do' } },
  { id: 'conditions', prose: 'required', heading: { ru: 'Условия работы', en: 'Working conditions' } },
  { id: 'skills', prose: 'required', heading: { ru: 'Какие навыки нужны', en: 'Skills you need' } },
  { id: 'tools', prose: 'required', heading: { ru: 'Программы и инструменты', en: 'Tools and software' } },
  { id: 'kpi', prose: 'required', heading: { ru: 'Как оценивают работу', en: 'How your work is measured' } },
  { id: 'education', prose: 'required', heading: { ru: 'Где учиться', en: 'Where to study' } },
  { id: 'first-job', prose: 'required', heading: { ru: 'Как найти первую работу', en: 'Getting your first job' } },
  { id: 'career', prose: 'required', heading: { ru: 'Куда расти', en: 'Where it leads' } },
  { id: 'salary', prose: 'required', heading: { ru: 'Сколько платят', en: 'Pay' } },
  { id: 'laws', prose: 'required', heading: { ru: 'Законы и правила', en: 'Laws and rules' } },
  { id: 'pros-cons', prose: 'required', heading: { ru: 'Плюсы и минусы', en: 'Pros and cons' } },
  { id: 'faq', prose: 'none', heading: { ru: 'Частые вопросы', en: 'Common questions' } },
  { id: 'related', prose: 'required', heading: { ru: 'Похожие роли', en: 'Related roles' } },
  { id: 'codes', prose: 'optional', heading: { ru: 'Коды профессии', en: 'Classification codes' } },
  { id: 'sources', prose: 'optional', heading: { ru: 'Источники', en: 'Sources' } },
] as const satisfies readonly SectionSpec[];

export type SectionId = (typeof SECTIONS)[number]['id'];
export const SECTION_IDS: readonly SectionId[] = SECTIONS.map((s) => s.id);
/** Sections an author may write a `## Heading {#id}` for, in order. */
export const PROSE_SECTION_IDS: readonly SectionId[] = SECTIONS.filter((s) => s.prose !== 'none').map((s) => s.id);
export const REQUIRED_PROSE_SECTION_IDS: readonly SectionId[] = SECTIONS.filter((s) => s.prose === 'required').map((s) => s.id);

export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && (SECTION_IDS as readonly string[]).includes(value);
}

export const defaultHeading = (id: SectionId, locale: Locale): string =>
  SECTIONS.find((s) => s.id === id)!.heading[locale];
