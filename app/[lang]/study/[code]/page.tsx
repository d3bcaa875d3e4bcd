import { StudyPage, studyMetadata, studyParams } from '@/components/pages/StudyPages';
import { localeParam, type LangProps } from '@/lib/route-params';

// Unknown ids are unmatched routes: Next renders app/global-not-found.tsx for them.
export const dynamicParams = false;

type Props = LangProps<{ code: string }>;

export async function generateStaticParams({ params }: { params: { lang: string } }) {
  return studyParams(await localeParam(Promise.resolve(params)));
}

export async function generateMetadata({ params }: Props) {
  return studyMetadata(await localeParam(params), (await params).code);
}

export default async function Page({ params }: Props) {
  return <StudyPage locale={await localeParam(params)} code={(await params).code} />;
}
