import { SkillsIndexPage, skillsIndexMetadata } from '@/components/pages/SkillsPages';

export const metadata = skillsIndexMetadata('en');

export default function Page() {
  return <SkillsIndexPage locale="en" />;
}
