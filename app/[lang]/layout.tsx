import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { isLocale, LOCALES } from '@/lib/content/schema';
import '../globals.css';

// One root layout for both locales, so every page (404 included) is rendered on the server
// with the right <html lang>. Russian URLs have no prefix: next.config.mjs rewrites them here.

export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}

export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    // public/enhance.js marks <html> with data-js, possibly before React hydrates it.
    <html lang={lang} suppressHydrationWarning>
      <body>
        {children}
        <script src="/enhance.js" defer />
      </body>
    </html>
  );
}
