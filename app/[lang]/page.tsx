import { HomePage, homeMetadata } from '@/components/pages/HomePage';
import { localeParam, type LangProps } from '@/lib/route-params';

export async function generateMetadata({ params }: LangProps) {
  return homeMetadata(await localeParam(params));
}

export default async function Page({ params }: LangProps) {
  return <HomePage locale={await localeParam(params)} />;
}
