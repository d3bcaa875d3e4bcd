import { StudyIndexPage, studyIndexMetadata } from '@/components/pages/StudyPages';
import { localeParam, type LangProps } from '@/lib/route-params';

export async function generateMetadata({ params }: LangProps) {
  return studyIndexMetadata(await localeParam(params));
}

export default async function Page({ params }: LangProps) {
  return <StudyIndexPage locale={await localeParam(params)} />;
}
