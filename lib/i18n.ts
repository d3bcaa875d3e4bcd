// Every UI string in both locales. `en` must have exactly the shape of `ru` (TypeScript
// enforces it), and tests/unit/i18n.test.ts checks no string is left empty or untranslated.
import type { Locale } from './content/schema';

const ru = {
  siteName: 'Карта менеджерских профессий',
  siteTagline: 'Путеводитель по 17 менеджерским профессиям: что делают, что нужно уметь, где учиться и куда расти',
  skipToContent: 'Перейти к содержанию',
  nav: { label: 'Основное меню', home: 'Главная', roles: 'Все роли', skills: 'Навыки', study: 'Где учиться', compare: 'Сравнить', map: 'Карта' },
  languageSwitch: { label: 'English', hint: 'Read this page in English', lang: 'en' },
  footer: {
    about: 'Факты взяты из статей-источников и общепринятых профессиональных знаний; каждая страница указывает свои источники.',
  },
  breadcrumbs: 'Навигационная цепочка',
  home: {
    title: 'Карта менеджерских профессий',
    lead: 'Семнадцать профессий со словом «менеджер» в названии — и очень разная работа. Здесь для каждой: что человек делает каждый день, какие навыки нужны, как оценивают результат, где учиться, сколько платят и куда расти.',
    byArea: 'Профессии по направлениям',
    allRoles: 'Все роли по алфавиту',
  },
  roles: {
    title: 'Все менеджерские роли',
    lead: 'Семнадцать ролей по алфавиту и по направлениям работы.',
    alphabetical: 'По алфавиту',
    byArea: 'По направлениям',
    filterLabel: 'Показать направление',
    allAreas: 'Все направления',
  },
  skills: {
    title: 'Навыки и знания',
    lead: 'Все навыки, знания и инструменты, которые встречаются в профессиях путеводителя, по алфавиту. Число рядом — сколько ролей их требуют.',
    rolesCount: '{count} из {total} ролей',
    kinds: { skill: 'Навыки', knowledge: 'Знания', tool: 'Инструменты' },
    alsoSearched: 'Ещё ищут как',
    kindLabel: 'Тип',
    rolesTitle: 'Каким ролям это нужно',
    essentialFor: 'Главный навык',
    optionalFor: 'Полезный навык',
    noRoles: 'Пока ни одна роль путеводителя не указывает этот навык.',
  },
  study: {
    title: 'Где учиться: направления подготовки',
    lead: 'Направления бакалавриата и магистратуры, которые ведут к менеджерским профессиям, и роли, куда можно пойти после каждого. Коды — из перечня направлений высшего образования.',
    levels: { bachelor: 'Бакалавриат', master: 'Магистратура' },
    leadsTo: 'К каким ролям ведёт',
    rolesCount: { one: '{count} роль', few: '{count} роли', many: '{count} ролей', other: '{count} роли' },
    codeNote: 'Код направления подготовки (ФГОС ВО). Какие роли к нему ведут — выбор редакции по содержанию программ.',
  },
  compare: {
    title: 'Сравнить роли',
    lead: 'Выберите две или три роли, чтобы увидеть их рядом: обязанности, навыки, показатели, учёбу, карьеру и зарплату.',
    pick: 'Какие роли сравнить',
    pickHint: 'Отметьте две или три роли.',
    submit: 'Сравнить',
    needTwo: 'Чтобы сравнить, нужны хотя бы две роли. Отметьте их ниже.',
    unknown: 'Таких ролей в путеводителе нет: {list}.',
    dropped: 'Сравнить можно не больше трёх ролей. Не показаны: {list}.',
    tableCaption: 'Сравнение ролей',
    rows: {
      summary: 'Коротко',
      area: 'Направление',
      duties: 'Обязанности',
      skills: 'Главные навыки',
      kpis: 'Как оценивают',
      education: 'Где учиться',
      career: 'Куда расти',
      salary: 'Зарплата',
    },
    shared: 'есть у всех',
    sharedLegend: 'Навыки с отметкой «есть у всех» нужны каждой из выбранных ролей.',
  },
  map: {
    title: 'Карта профессий',
    lead: 'Все роли по направлениям. Стрелка ведёт от роли, откуда часто приходят, к роли, куда переходят. Каждый блок — ссылка на роль.',
    svgTitle: 'Карта менеджерских профессий по направлениям со стрелками карьерных переходов',
    textTitle: 'Карта текстом',
    leadsTo: 'ведёт к',
    noMoves: 'переходы в другие роли путеводителя не указаны',
  },
  role: {
    alsoCalled: 'Ещё называют',
    quickFacts: 'Коротко о профессии',
    area: 'Направление',
    education: 'Обычно учатся',
    essentialSkills: 'Главные навыки',
    salary: 'Зарплата',
    noSalary: 'Надёжных данных в источниках нет',
    isco: 'Код ISCO-08 / ОКЗ',
    contents: 'Содержание',
    sectionLink: 'Ссылка на раздел',
    defaultHeadings: { codes: 'Коды профессии', sources: 'Источники', faq: 'Частые вопросы' },
    dutiesList: 'Основные обязанности',
    essential: 'Главные навыки',
    optional: 'Полезные навыки',
    skillKinds: { skill: 'навык', knowledge: 'знание', tool: 'инструмент' },
    kpiFormula: 'Формула',
    entryRoutes: 'Как войти в профессию',
    entryKinds: {
      university: 'Вуз',
      college: 'Колледж',
      courses: 'Курсы',
      'adjacent-role': 'Из смежной роли',
      internship: 'Стажировка',
    },
    studyDirections: 'Направления подготовки',
    levels: { bachelor: 'бакалавриат', master: 'магистратура' },
    ladder: 'Типичная лестница',
    comeFrom: 'Сюда часто приходят из ролей',
    goTo: 'Отсюда часто переходят в роли',
    salaryTable: {
      caption: 'Зарплаты из источников',
      amount: 'Сумма',
      region: 'Регион',
      context: 'Что это за цифра',
      source: 'Источник',
      perMonth: 'в месяц',
      perYear: 'в год',
      from: 'от',
      to: 'до',
      yearNotGiven: 'год не указан',
    },
    pros: 'Плюсы',
    cons: 'Минусы',
    relations: {
      'often-confused': 'часто путают',
      'works-with': 'работают вместе',
      'next-step': 'следующий шаг',
      similar: 'похожая роль',
    },
    codesTable: {
      system: 'Классификатор',
      code: 'Код',
      name: 'Название',
      confidence: 'Насколько уверены',
      isco: 'ISCO-08 (ОКЗ использует те же коды)',
      profstandard: 'Профстандарт',
      iscoNameNote: 'Названия групп ISCO-08 даны в нашем переводе; официальные названия ОКЗ не сверены.',
    },
    confidence: {
      verified: 'проверено',
      editorial: 'выбор редакции',
      unverified: 'не проверено',
    },
    sourcesIntro: 'Факты на этой странице взяты из этих статей-источников (номер статьи и строки):',
    sourceLabel: 'Статья {seed}, строки {from}–{to}',
    reviewed: 'Последняя проверка фактов',
    compareWith: 'сравнить',
    careerDiagram: 'Схема карьерных переходов',
    careerNone: 'Среди ролей путеводителя не указано',
    thisRole: 'Эта роль',
    inArea: 'Другие роли направления «{area}»',
  },
  notFound: {
    title: 'Такой страницы нет',
    lead: 'Возможно, адрес набран с ошибкой или страница переехала. Вот с чего можно начать:',
    toHome: 'На главную',
    toRoles: 'Все роли',
  },
} as const;

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
export type Dictionary = Widen<typeof ru>;

const en: Dictionary = {
  siteName: 'Manager Roles Guide',
  siteTagline: 'A guide to 17 kinds of manager: what they do, the skills they need, where to study and how to progress',
  skipToContent: 'Skip to content',
  nav: { label: 'Main menu', home: 'Home', roles: 'All roles', skills: 'Skills', study: 'Where to study', compare: 'Compare', map: 'Map' },
  languageSwitch: { label: 'Русский', hint: 'Читать эту страницу по-русски', lang: 'ru' },
  footer: {
    about: 'Facts come from source articles and common professional knowledge; every page lists its sources.',
  },
  breadcrumbs: 'Breadcrumbs',
  home: {
    title: 'Manager Roles Guide',
    lead: 'Seventeen jobs have “manager” in their name, and they are very different jobs. For each one, this guide explains what the work is day to day, the skills it takes, how results are measured, where to study, what it pays and where it leads.',
    byArea: 'Roles by area',
    allRoles: 'All roles A–Z',
  },
  roles: {
    title: 'All manager roles',
    lead: 'Seventeen roles, A to Z and by area of work.',
    alphabetical: 'A to Z',
    byArea: 'By area',
    filterLabel: 'Show area',
    allAreas: 'All areas',
  },
  skills: {
    title: 'Skills and knowledge',
    lead: 'Every skill, area of knowledge and tool the roles in this guide ask for, A to Z. The number shows how many roles need it.',
    rolesCount: '{count} of {total} roles',
    kinds: { skill: 'Skills', knowledge: 'Knowledge', tool: 'Tools' },
    alsoSearched: 'Also searched as',
    kindLabel: 'Type',
    rolesTitle: 'Roles that need it',
    essentialFor: 'Essential skill',
    optionalFor: 'Useful skill',
    noRoles: 'No role in the guide lists this skill yet.',
  },
  study: {
    title: 'Where to study: Russian study directions',
    lead: 'Bachelor’s and master’s study directions in Russia that lead to manager roles, and the roles each one leads to. The codes come from Russia’s official list of higher-education study directions.',
    levels: { bachelor: 'Bachelor’s', master: 'Master’s' },
    leadsTo: 'Roles it leads to',
    rolesCount: { one: '{count} role', few: '{count} roles', many: '{count} roles', other: '{count} roles' },
    codeNote: 'The study direction’s code in Russia’s federal education standards (FGOS VO). Which roles it leads to is our editorial judgement from what the programmes teach.',
  },
  compare: {
    title: 'Compare roles',
    lead: 'Pick two or three roles to see them side by side: duties, skills, measures, study, career and pay.',
    pick: 'Roles to compare',
    pickHint: 'Tick two or three roles.',
    submit: 'Compare',
    needTwo: 'Pick at least two roles to compare. Tick them below.',
    unknown: 'These are not roles in the guide: {list}.',
    dropped: 'You can compare up to three roles. Not shown: {list}.',
    tableCaption: 'Roles compared',
    rows: {
      summary: 'In short',
      area: 'Area',
      duties: 'Duties',
      skills: 'Essential skills',
      kpis: 'How success is measured',
      education: 'Where to study',
      career: 'Where it leads',
      salary: 'Pay',
    },
    shared: 'all have it',
    sharedLegend: 'Skills marked “all have it” are needed by every role compared.',
  },
  map: {
    title: 'Map of roles',
    lead: 'Every role by area. An arrow runs from a role people often come from to the role they move to. Each box links to its role.',
    svgTitle: 'Map of manager roles by area, with arrows for career moves',
    textTitle: 'The map as text',
    leadsTo: 'leads to',
    noMoves: 'no moves to other roles in the guide are listed',
  },
  role: {
    alsoCalled: 'Also called',
    quickFacts: 'Quick facts',
    area: 'Area',
    education: 'Usually studied',
    essentialSkills: 'Essential skills',
    salary: 'Pay',
    noSalary: 'No reliable figure in the sources',
    isco: 'ISCO-08 / OKZ code',
    contents: 'Contents',
    sectionLink: 'Link to this section',
    defaultHeadings: { codes: 'Classification codes', sources: 'Sources', faq: 'Common questions' },
    dutiesList: 'Main duties',
    essential: 'Essential skills',
    optional: 'Useful skills',
    skillKinds: { skill: 'skill', knowledge: 'knowledge', tool: 'tool' },
    kpiFormula: 'Formula',
    entryRoutes: 'Ways in',
    entryKinds: {
      university: 'University',
      college: 'College',
      courses: 'Courses',
      'adjacent-role': 'From a related role',
      internship: 'Internship',
    },
    studyDirections: 'Russian study directions',
    levels: { bachelor: 'bachelor’s', master: 'master’s' },
    ladder: 'Typical ladder',
    comeFrom: 'People often come from',
    goTo: 'People often move on to',
    salaryTable: {
      caption: 'Pay figures from the sources',
      amount: 'Amount',
      region: 'Region',
      context: 'What the figure is',
      source: 'Source',
      perMonth: 'a month',
      perYear: 'a year',
      from: 'from',
      to: 'up to',
      yearNotGiven: 'year not given',
    },
    pros: 'Pros',
    cons: 'Cons',
    relations: {
      'often-confused': 'often confused',
      'works-with': 'works with',
      'next-step': 'next step',
      similar: 'similar role',
    },
    codesTable: {
      system: 'Classification',
      code: 'Code',
      name: 'Name',
      confidence: 'How sure we are',
      isco: 'ISCO-08 (Russia’s OKZ uses the same codes)',
      profstandard: 'Russian professional standard (profstandart)',
      iscoNameNote: 'ISCO-08 group names are the ILO’s; the official Russian OKZ titles have not been checked.',
    },
    confidence: {
      verified: 'verified',
      editorial: 'editorial choice',
      unverified: 'not verified',
    },
    sourcesIntro: 'The facts on this page come from these source articles (article number and lines):',
    sourceLabel: 'Article {seed}, lines {from}–{to}',
    reviewed: 'Facts last checked',
    compareWith: 'compare',
    careerDiagram: 'Career moves diagram',
    careerNone: 'None among the roles in this guide',
    thisRole: 'This role',
    inArea: 'Other roles in {area}',
  },
  notFound: {
    title: 'Page not found',
    lead: 'The address may be mistyped, or the page has moved. Here is where to start:',
    toHome: 'Home',
    toRoles: 'All roles',
  },
};

const dictionaries: Record<Locale, Dictionary> = { ru, en };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

/** Fills `{name}` placeholders: fill('Article {seed}', { seed: '000' }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

/** Picks the plural form for a count, by the locale's rules: 1 роль, 3 роли, 5 ролей. */
export function plural(locale: Locale, count: number, forms: { one: string; few: string; many: string; other: string }): string {
  const rule = new Intl.PluralRules(locale).select(count) as keyof typeof forms;
  return fill(forms[rule] ?? forms.other, { count });
}

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  ru: new Intl.NumberFormat('ru-RU'),
  en: new Intl.NumberFormat('en-GB'),
};

export function formatNumber(locale: Locale, n: number): string {
  return numberFormats[locale].format(n);
}

export function formatDate(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}
