import { getUnionLetter } from '@/lib/server/data/union-letter';
import { renderUnionLetter } from '@/lib/server/pdf/union-letter';
import { pdfResponse } from '@/lib/server/routes/pdf-response';

// GET /aziende/{employerId}/domande/{requestId}/lettera-sindacati — the union consultation letter
// (art. 14 d.lgs. 148/2015) from the answers typed in the wizard.
export async function GET(request: Request, { params }: { params: Promise<{ employerId: string; requestId: string }> }) {
  return pdfResponse(request, params, async ({ employerId, requestId }) => ({
    body: await renderUnionLetter(await getUnionLetter(employerId, requestId)),
    filename: 'comunicazione-sindacale.pdf',
  }));
}
