// Page text per language: one dictionary file per language, each checked against the
// Russian one's shape (Dictionary). Number and date formatting lives in lib/format.ts.
import type { Locale } from '../locales';
import { en } from './en';
import { ru, type Dictionary } from './ru';

export type { Dictionary } from './ru';

const dictionaries: Record<Locale, Dictionary> = { ru, en };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

/** Fills `{name}` placeholders: fill('{count} roles', { count: 17 }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

export interface PluralForms {
  one: string;
  few: string;
  many: string;
  other: string;
}

/** Picks the plural form for a count, by the language's rules: 1 роль, 3 роли, 5 ролей. */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  const rule = new Intl.PluralRules(locale).select(count) as keyof PluralForms;
  return fill(forms[rule] ?? forms.other, { count });
}
