import { AdmissionsPage, admissionsMetadata } from '@/components/pages/AdmissionsPage';
import { localeParam, type LangProps } from '@/lib/route-params';

type Props = LangProps & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  return admissionsMetadata(await localeParam(params));
}

export default async function Page({ params, searchParams }: Props) {
  return <AdmissionsPage locale={await localeParam(params)} query={await searchParams} />;
}
