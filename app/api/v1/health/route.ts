import { sql } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';

/** Liveness and database reachability; no sign-in needed, no data revealed. */
export async function GET() {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return NextResponse.json({ status: 'ok', database: 'ok' });
  } catch (error) {
    console.error('health check: database unreachable', error);
    return NextResponse.json({ status: 'degraded', database: 'unreachable' }, { status: 503 });
  }
}
