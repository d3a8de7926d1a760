// Where a draft's problem is fixed: the company set-up pages (addresses as in the set-up's own
// routes), so that "C'è un problema" always says where to go.
import type { Problem } from '@/lib/requests/wizard';

export function fixPath(employerId: string, fix: NonNullable<Problem['fix']>): string {
  const base = `/aziende/${encodeURIComponent(employerId)}`;
  switch (fix) {
    case 'headcounts':
      return `${base}#organico`;
    case 'workers':
      return `${base}/lavoratori`;
    case 'company':
      return `${base}/identita`;
    case 'units':
      return base;
  }
}
