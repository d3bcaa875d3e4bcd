// The Pages Router serves role guides only (see pages/[lang]/roles/[slug].tsx); they share
// the site's stylesheet with the App Router pages.
import type { AppProps } from 'next/app';
import '../app/globals.css';

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
