import { SkillPage, skillMetadata, skillParams } from '@/components/pages/SkillsPages';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return skillParams('en');
}

export async function generateMetadata({ params }: Props) {
  return skillMetadata('en', (await params).id);
}

export default async function Page({ params }: Props) {
  return <SkillPage locale="en" id={(await params).id} />;
}
