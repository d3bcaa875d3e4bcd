import { ComparePage, compareMetadata } from '@/components/pages/ComparePage';
import { localeParam, type LangProps } from '@/lib/route-params';

type Props = LangProps & { searchParams: Promise<{ roles?: string | string[] }> };

export async function generateMetadata({ params }: Props) {
  return compareMetadata(await localeParam(params));
}

export default async function Page({ params, searchParams }: Props) {
  return <ComparePage locale={await localeParam(params)} roles={(await searchParams).roles} />;
}
