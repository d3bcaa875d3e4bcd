import { SkillsIndexPage, skillsIndexMetadata } from '@/components/pages/SkillsPages';

export const metadata = skillsIndexMetadata('ru');

export default function Page() {
  return <SkillsIndexPage locale="ru" />;
}
