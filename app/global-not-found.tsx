import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { NotFoundPage } from '@/components/pages/NotFoundPage';
import { getDictionary } from '@/lib/i18n';
import './globals.css';

export const metadata: Metadata = { title: `${getDictionary('ru').notFound.title} / ${getDictionary('en').notFound.title}` };

// Every unknown URL lands here with status 404; the language comes from the path.
export default async function GlobalNotFound() {
  const path = (await headers()).get('x-request-path') ?? '/';
  const locale = path === '/en' || path.startsWith('/en/') ? 'en' : 'ru';
  return (
    <html lang={locale}>
      <body>
        <NotFoundPage locale={locale} />
      </body>
    </html>
  );
}
