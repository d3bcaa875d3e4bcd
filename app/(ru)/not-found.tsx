import { NotFoundContent } from '@/components/NotFoundContent';
import { PageShell } from '@/components/PageShell';

export default function NotFound() {
  return (
    <PageShell locale="ru" path="/">
      <NotFoundContent locale="ru" />
    </PageShell>
  );
}
