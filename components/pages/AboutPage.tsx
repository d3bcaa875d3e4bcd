import type { EditorialPage } from '@/lib/content/types';
import { getDictionary } from '@/lib/i18n';
import { homeHref } from '@/lib/links';
import type { Locale } from '@/lib/locales';
import { Breadcrumbs } from '../Breadcrumbs';

export interface AboutPageProps {
  locale: Locale;
  page: EditorialPage;
  /** Where readers report mistakes (CONTACT_EMAIL), if the site's operator set one. */
  contact?: string;
}

/** Who the guide is for, how its facts are gathered and checked, the licence, how to report an error. */
export function AboutPage({ locale, page, contact }: AboutPageProps) {
  const t = getDictionary(locale);
  return (
    <>
      <Breadcrumbs label={t.breadcrumbs} items={[{ label: t.nav.home, href: homeHref(locale) }, { label: page.title }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{page.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{page.summary}</p>
      <div className="prose mt-6 max-w-prose" dangerouslySetInnerHTML={{ __html: page.html }} />
      <p className="mt-4 max-w-prose rounded-md bg-panel p-4" data-contact>
        {contact ? (
          <>
            {t.about.writeTo}{' '}
            <a href={`mailto:${contact}`} className="font-semibold">
              {contact}
            </a>
          </>
        ) : (
          <>
            {t.about.noContact} <code className="font-mono">CONTACT_EMAIL</code>.
          </>
        )}
      </p>
    </>
  );
}
