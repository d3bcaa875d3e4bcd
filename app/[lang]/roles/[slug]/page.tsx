import { RolePage, roleMetadata, roleParams } from '@/components/pages/RolePage';
import { localeParam, type LangProps } from '@/lib/route-params';

// Unknown ids are unmatched routes: Next renders app/global-not-found.tsx for them.
export const dynamicParams = false;

type Props = LangProps<{ slug: string }>;

export async function generateStaticParams({ params }: { params: { lang: string } }) {
  return roleParams(await localeParam(Promise.resolve(params)));
}

export async function generateMetadata({ params }: Props) {
  return roleMetadata(await localeParam(params), (await params).slug);
}

export default async function Page({ params }: Props) {
  return <RolePage locale={await localeParam(params)} slug={(await params).slug} />;
}
