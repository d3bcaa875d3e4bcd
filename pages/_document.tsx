import Document, { Head, Html, Main, NextScript } from 'next/document';
import { DEFAULT_LOCALE, isLocale } from '@/lib/locales';

// <html lang> from the page's locale prop; every page loads the one small behaviour script.
export default class SiteDocument extends Document {
  render() {
    const locale = (this.props.__NEXT_DATA__.props?.pageProps as { locale?: unknown } | undefined)?.locale;
    return (
      <Html lang={isLocale(locale) ? locale : DEFAULT_LOCALE}>
        <Head />
        <body>
          <Main />
          <NextScript />
          <script src="/enhance.js" defer />
        </body>
      </Html>
    );
  }
}
