// Every page shares the site's stylesheet; there is no client runtime (see lib/page-props.ts).
import type { AppProps } from 'next/app';
import '../app/globals.css';

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
