import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { pageEmployerAccess } from '@/lib/server/auth/page-guards';
import { getRequestDetail, type RequestDetailDto } from '@/lib/server/data/request-detail';
import { DomainError } from '@/lib/server/errors';
import type { EmployerAccess } from '@/lib/server/auth/guards';
import { companyPaths } from '@/lib/company-paths';

/**
 * The request pages' guard and read: members, delegated consultants and staff may read; anyone
 * else gets 403 (a visitor is sent to sign in); a request of another company is "not found".
 * Cached per render, so the page and its metadata read the request once.
 */
export const loadRequestPage = cache(async (employerId: string, requestId: string, path = ''): Promise<{ access: EmployerAccess; request: RequestDetailDto }> => {
  const access = await pageEmployerAccess(`${companyPaths.request(employerId, requestId)}${path}`, employerId);
  try {
    const request = await getRequestDetail(employerId, requestId);
    if (request.status === 'DISCARDED') notFound();
    return { access, request };
  } catch (error) {
    if (error instanceof DomainError && error.messageKey === 'request.notFound') notFound();
    throw error;
  }
});
