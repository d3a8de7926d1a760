import { getRequestDetail } from '@/lib/server/data/request-detail';
import { DomainError } from '@/lib/server/errors';
import { renderReceipt } from '@/lib/server/pdf/receipt';
import { pdfResponse } from '@/lib/server/routes/pdf-response';

// GET /aziende/{employerId}/domande/{requestId}/ricevuta — the receipt PDF of a filed request.
export async function GET(request: Request, { params }: { params: Promise<{ employerId: string; requestId: string }> }) {
  return pdfResponse(request, params, async ({ employerId, requestId }) => {
    const detail = await getRequestDetail(employerId, requestId);
    if (!detail.protocolNumber) throw new DomainError('request.notFound');
    return { body: await renderReceipt(detail), filename: `ricevuta-${detail.protocolNumber}.pdf` };
  });
}
