// GET /api/v1/parameters?asOf=YYYY-MM-DD — every parameter of the rules in force on that day.
import { getParameters } from '@/lib/server/api/public-simulation';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return getParameters(request);
}
