import { HomePage, homeMetadata } from '@/components/pages/HomePage';

export const metadata = homeMetadata('ru');

export default function Page() {
  return <HomePage locale="ru" />;
}
