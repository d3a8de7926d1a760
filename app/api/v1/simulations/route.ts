// POST /api/v1/simulations — public AIS simulation (no login, nothing stored, rate-limited per IP).
// Documented at /api/v1/openapi.json; logic in lib/server/api/public-simulation.ts.
import { postSimulation } from '@/lib/server/api/public-simulation';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  return postSimulation(request);
}
