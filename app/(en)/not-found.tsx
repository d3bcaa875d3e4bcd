import { NotFoundContent } from '@/components/NotFoundContent';
import { PageShell } from '@/components/PageShell';

export default function NotFound() {
  return (
    <PageShell locale="en" path="/en">
      <NotFoundContent locale="en" />
    </PageShell>
  );
}
