import { StudyPage, studyMetadata, studyParams } from '@/components/pages/StudyPages';

type Props = { params: Promise<{ code: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return studyParams('ru');
}

export async function generateMetadata({ params }: Props) {
  return studyMetadata('ru', (await params).code);
}

export default async function Page({ params }: Props) {
  return <StudyPage locale="ru" code={(await params).code} />;
}
