import { StudyPage, studyMetadata, studyParams } from '@/components/pages/StudyPages';

type Props = { params: Promise<{ code: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return studyParams('en');
}

export async function generateMetadata({ params }: Props) {
  return studyMetadata('en', (await params).code);
}

export default async function Page({ params }: Props) {
  return <StudyPage locale="en" code={(await params).code} />;
}
