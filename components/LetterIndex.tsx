import { fill, getDictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/locales';

/** Items grouped under their first letter, in the order given (sorted in the language's alphabet). */
function byFirstLetter<T>(items: T[], label: (t: T) => string, locale: Locale): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = label(item)[0]!.toLocaleUpperCase(locale);
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups];
}

export interface LetterIndexEntry {
  id: string;
  label: string;
  href: string;
  /** How many roles need or use it. */
  roles: number;
}

/** An A–Z index in columns, each entry with how many of all roles it belongs to (skills, tools). */
export function LetterIndex({ locale, entries, totalRoles }: { locale: Locale; entries: LetterIndexEntry[]; totalRoles: number }) {
  const t = getDictionary(locale).skills;
  return (
    <div className="mt-8 columns-1 gap-10 sm:columns-2 lg:columns-3">
      {byFirstLetter(entries, (e) => e.label, locale).map(([letter, group]) => (
        <section key={letter} aria-labelledby={`letter-${letter}`} className="mb-6 break-inside-avoid">
          <h2 id={`letter-${letter}`} className="text-xl font-bold">
            {letter}
          </h2>
          <ul className="mt-1 space-y-1">
            {group.map((entry) => (
              <li key={entry.id}>
                <a href={entry.href}>{entry.label}</a> <span className="text-sm text-muted">({fill(t.rolesCount, { count: entry.roles, total: totalRoles })})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
