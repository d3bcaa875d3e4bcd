import { EmbedCard, embedMetadata } from '@/components/pages/EmbedCard';
import { localeParam, roleSlugParams, type LangProps } from '@/lib/route-params';

type Props = LangProps<{ slug: string }>;

// Other sites may frame this route (and only this one): see next.config.mjs headers().
export const dynamicParams = false;

export async function generateStaticParams({ params }: { params: { lang: string } }) {
  return roleSlugParams(await localeParam(Promise.resolve(params)));
}

export async function generateMetadata({ params }: Props) {
  return embedMetadata(await localeParam(params), (await params).slug);
}

export default async function Page({ params }: Props) {
  return <EmbedCard locale={await localeParam(params)} slug={(await params).slug} />;
}
