import { NextResponse } from 'next/server';
import { databaseIsReachable } from '@/lib/server/data/health';

export const dynamic = 'force-dynamic';

/** Liveness and database reachability for load balancers and the e2e web server check. */
export async function GET() {
  const ok = await databaseIsReachable();
  return NextResponse.json({ status: ok ? 'ok' : 'unavailable' }, { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
