import 'server-only';
import { notFound } from 'next/navigation';
import { DomainError } from '@/lib/server/errors';
import { getWorker } from '@/lib/server/data/workers';

/** The worker of this employer, or the 404 page (a worker id of another company is not found). */
export async function findWorker(employerId: string, workerId: string) {
  try {
    return await getWorker(employerId, workerId);
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
}
