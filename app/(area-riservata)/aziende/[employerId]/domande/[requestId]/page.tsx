import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DraftTaskList } from '@/components/requests/wizard/draft-task-list';
import { UPLOAD_OUTCOMES } from '@/components/requests/message-thread';
import { loadRequestPage } from './_filed/load';
import { FiledRequestView } from './_filed/filed-request-view';

type Params = Promise<{ employerId: string; requestId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { employerId, requestId } = await params;
  const [{ request }, t] = await Promise.all([loadRequestPage(employerId, requestId), getTranslations('employerRequests.page')]);
  return { title: request.protocolNumber ? t('title', { protocol: request.protocolNumber }) : t('draftTitle') };
}

/**
 * A request of the company: while it is a draft, its task list (the wizard); once filed, what was
 * filed, its status and history, the Committee's decision, the unit's windows, the messages and
 * the documents, and the way to withdraw it while it waits for a decision.
 */
export default async function RequestPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { employerId, requestId } = await params;
  const { access, request } = await loadRequestPage(employerId, requestId);
  const query = await searchParams;
  if (request.status === 'DRAFT') return <DraftTaskList employerId={employerId} requestId={requestId} saved={query.salvata !== undefined} readOnly={access.via === 'staff'} />;
  return (
    <FiledRequestView
      request={request}
      readOnly={access.via === 'staff'}
      withdrawn={query.esito === 'ritirata' && request.status === 'WITHDRAWN'}
      uploadOutcome={UPLOAD_OUTCOMES.find((o) => o === query.allegato) ?? null}
    />
  );
}
