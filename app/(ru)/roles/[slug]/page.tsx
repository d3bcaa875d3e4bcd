import { RolePage, roleMetadata, roleParams } from '@/components/pages/RolePage';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return roleParams('ru');
}

export async function generateMetadata({ params }: Props) {
  return roleMetadata('ru', (await params).slug);
}

export default async function Page({ params }: Props) {
  return <RolePage locale="ru" slug={(await params).slug} />;
}
