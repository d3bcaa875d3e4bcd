import { MapPage, mapMetadata } from '@/components/pages/MapPage';
import { localeParam, type LangProps } from '@/lib/route-params';

export async function generateMetadata({ params }: LangProps) {
  return mapMetadata(await localeParam(params));
}

export default async function Page({ params }: LangProps) {
  return <MapPage locale={await localeParam(params)} />;
}
