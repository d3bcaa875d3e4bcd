import { HandoutPage, handoutMetadata } from '@/components/pages/HandoutPage';
import { localeParam, roleSlugParams, type LangProps } from '@/lib/route-params';

type Props = LangProps<{ slug: string }>;

export const dynamicParams = false;

export async function generateStaticParams({ params }: { params: { lang: string } }) {
  return roleSlugParams(await localeParam(Promise.resolve(params)));
}

export async function generateMetadata({ params }: Props) {
  return handoutMetadata(await localeParam(params), (await params).slug);
}

export default async function Page({ params }: Props) {
  return <HandoutPage locale={await localeParam(params)} slug={(await params).slug} />;
}
