import { openData } from '@/lib/open-data';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(openData());
}
