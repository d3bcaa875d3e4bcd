// Searches for a role on Russian job sites, built from the role's title. The sites' own
// search addresses: hh.ru (text=), «Работа России» (trudvsem.ru, _title= by vacancy name),
// SuperJob for all of Russia (russia.superjob.ru, keywords=).
export const VACANCY_SITES = ['hh', 'trudvsem', 'superjob'] as const;
export type VacancySite = (typeof VACANCY_SITES)[number];

export function vacancySearchUrl(site: VacancySite, query: string): string {
  const q = encodeURIComponent(query);
  switch (site) {
    case 'hh':
      return `https://hh.ru/search/vacancy?text=${q}`;
    case 'trudvsem':
      return `https://trudvsem.ru/vacancy/search?_title=${q}&_titleType=VACANCY_NAME`;
    case 'superjob':
      return `https://russia.superjob.ru/vacancy/search/?keywords=${q}`;
  }
}
