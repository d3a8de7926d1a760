// Where a draft's problem is fixed: the company set-up pages, so that "C'è un problema" always
// says where to go.
import { companyPaths } from '@/lib/company-paths';
import type { Problem } from '@/lib/requests/wizard';

export function fixPath(employerId: string, fix: NonNullable<Problem['fix']>): string {
  switch (fix) {
    case 'headcounts':
      return companyPaths.headcounts(employerId);
    case 'workers':
      return companyPaths.workers(employerId);
    case 'company':
      return companyPaths.identity(employerId);
    case 'units':
      return companyPaths.home(employerId);
  }
}
