// GET /api/v1/openapi.json — OpenAPI 3.1 of the public API, generated from the zod schemas.
import { getOpenApi } from '@/lib/server/api/public-simulation';

export function GET() {
  return getOpenApi();
}
