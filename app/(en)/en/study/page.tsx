import { StudyIndexPage, studyIndexMetadata } from '@/components/pages/StudyPages';

export const metadata = studyIndexMetadata('en');

export default function Page() {
  return <StudyIndexPage locale="en" />;
}
