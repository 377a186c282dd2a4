import { NextResponse } from 'next/server';
import { buildOpenApiDocument } from '@/lib/openapi/document';

/** The API's OpenAPI 3.1 document, generated from the zod schemas; public, as it reveals no data; no-store like every API answer. */
export function GET() {
  return NextResponse.json(buildOpenApiDocument(), { headers: { 'Cache-Control': 'no-store' } });
}
