import { RolesIndexPage, rolesIndexMetadata } from '@/components/pages/RolesIndexPage';

export const metadata = rolesIndexMetadata('ru');

export default async function Page({ searchParams }: { searchParams: Promise<{ area?: string | string[] }> }) {
  const { area } = await searchParams;
  return <RolesIndexPage locale="ru" area={typeof area === 'string' ? area : undefined} />;
}
