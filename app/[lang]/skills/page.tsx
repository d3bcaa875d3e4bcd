import { SkillsIndexPage, skillsIndexMetadata } from '@/components/pages/SkillsPages';
import { localeParam, type LangProps } from '@/lib/route-params';

export async function generateMetadata({ params }: LangProps) {
  return skillsIndexMetadata(await localeParam(params));
}

export default async function Page({ params }: LangProps) {
  return <SkillsIndexPage locale={await localeParam(params)} />;
}
