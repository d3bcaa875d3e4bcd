import { jsonSchemaDocument } from '@/lib/open-data';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(jsonSchemaDocument(), { headers: { 'Content-Type': 'application/schema+json' } });
}
