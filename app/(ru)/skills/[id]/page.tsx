import { SkillPage, skillMetadata, skillParams } from '@/components/pages/SkillsPages';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return skillParams('ru');
}

export async function generateMetadata({ params }: Props) {
  return skillMetadata('ru', (await params).id);
}

export default async function Page({ params }: Props) {
  return <SkillPage locale="ru" id={(await params).id} />;
}
