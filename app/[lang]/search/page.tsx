import { SearchPage, searchMetadata } from '@/components/pages/SearchPage';
import { localeParam, type LangProps } from '@/lib/route-params';

type Props = LangProps & { searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ params }: Props) {
  return searchMetadata(await localeParam(params));
}

export default async function Page({ params, searchParams }: Props) {
  const { q } = await searchParams;
  return <SearchPage locale={await localeParam(params)} query={typeof q === 'string' ? q : (q?.[0] ?? '')} />;
}
