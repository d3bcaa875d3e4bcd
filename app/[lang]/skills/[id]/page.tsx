import { SkillPage, skillMetadata, skillParams } from '@/components/pages/SkillsPages';
import { localeParam, type LangProps } from '@/lib/route-params';

// Unknown ids are unmatched routes: Next renders app/global-not-found.tsx for them.
export const dynamicParams = false;

type Props = LangProps<{ id: string }>;

export async function generateStaticParams({ params }: { params: { lang: string } }) {
  return skillParams(await localeParam(Promise.resolve(params)));
}

export async function generateMetadata({ params }: Props) {
  return skillMetadata(await localeParam(params), (await params).id);
}

export default async function Page({ params }: Props) {
  return <SkillPage locale={await localeParam(params)} id={(await params).id} />;
}
