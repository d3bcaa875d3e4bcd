import Document, { Head, Html, Main, NextScript } from 'next/document';

// <html lang> from the page's locale prop (role guides are the only Pages Router pages).
export default class SiteDocument extends Document {
  render() {
    const locale = (this.props.__NEXT_DATA__.props?.pageProps as { locale?: string } | undefined)?.locale ?? 'ru';
    return (
      <Html lang={locale}>
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
