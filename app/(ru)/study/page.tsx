import { StudyIndexPage, studyIndexMetadata } from '@/components/pages/StudyPages';

export const metadata = studyIndexMetadata('ru');

export default function Page() {
  return <StudyIndexPage locale="ru" />;
}
