import { RolesIndexPage, rolesIndexMetadata } from '@/components/pages/RolesIndexPage';
import { localeParam, type LangProps } from '@/lib/route-params';

type Props = LangProps & { searchParams: Promise<{ area?: string | string[] }> };

export async function generateMetadata({ params }: Props) {
  return rolesIndexMetadata(await localeParam(params));
}

export default async function Page({ params, searchParams }: Props) {
  const { area } = await searchParams;
  return <RolesIndexPage locale={await localeParam(params)} area={typeof area === 'string' ? area : undefined} />;
}
