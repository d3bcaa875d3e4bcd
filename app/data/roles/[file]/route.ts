import { getRoles } from '@/lib/content';
import { openRole } from '@/lib/open-data';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getRoles('ru').map((r) => ({ file: `${r.slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const role = openRole(file.replace(/\.json$/, ''));
  return role ? Response.json(role) : Response.json({ error: 'not found' }, { status: 404 });
}
