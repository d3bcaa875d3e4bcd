import { MatchPage, matchMetadata } from '@/components/pages/MatchPage';
import { localeParam, type LangProps } from '@/lib/route-params';

type Props = LangProps & { searchParams: Promise<{ skills?: string | string[] }> };

export async function generateMetadata({ params }: Props) {
  return matchMetadata(await localeParam(params));
}

export default async function Page({ params, searchParams }: Props) {
  return <MatchPage locale={await localeParam(params)} skills={(await searchParams).skills} />;
}
