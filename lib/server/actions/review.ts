'use server';
// The Committee's actions (STAFF/ADMIN only): decisions on a request, taking a request into review,
// the resolutions register. Thin: the DAL (lib/server/data/decisions.ts, committee-resolutions.ts)
// re-checks the role and does the work in one transaction.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import {
  approvePartialSchema,
  approveSchema,
  authoriseDirectPaymentSchema,
  createResolutionSchema,
  rejectSchema,
  requestInformationSchema,
  startReviewSchema,
} from '@/lib/schemas/review';
import { defineAction } from '@/lib/server/actions/define-action';
import { createResolution } from '@/lib/server/data/committee-resolutions';
import { decideRequest, startReview, type DecisionOutcome } from '@/lib/server/data/decisions';

const STAFF = ['STAFF', 'ADMIN'] as const;

function refresh(outcome: { requestId: string; employerId: string }) {
  revalidatePath(`/comitato/domande/${outcome.requestId}`);
  revalidatePath('/comitato/domande');
  revalidatePath('/comitato');
  revalidatePath(`/aziende/${outcome.employerId}`, 'layout');
}

/**
 * After a decision: refresh the pages that show the request; a form posted from a decision page
 * (`ritorno=1`) goes back to the request page with the outcome — with or without JavaScript.
 */
const decided = (outcome: DecisionOutcome, input: { ritorno?: '1' }, done: string = outcome.status) => {
  refresh(outcome);
  if (input.ritorno) redirect(`/comitato/domande/${outcome.requestId}?esito=${done}`);
  return { requestId: outcome.requestId, status: outcome.status, version: outcome.version };
};

export const approveRequestAction = defineAction({
  name: 'review.approve',
  input: approveSchema,
  roles: STAFF,
  run: async (input) => decided(await decideRequest({ kind: 'APPROVE', ...input }), input),
});

export const approveRequestInPartAction = defineAction({
  name: 'review.approvePartial',
  input: approvePartialSchema,
  roles: STAFF,
  run: async (input) => decided(await decideRequest({ kind: 'APPROVE_PARTIAL', ...input }), input),
});

export const rejectRequestAction = defineAction({
  name: 'review.reject',
  input: rejectSchema,
  roles: STAFF,
  run: async (input) => decided(await decideRequest({ kind: 'REJECT', ...input }), input),
});

export const requestInformationAction = defineAction({
  name: 'review.requestInformation',
  input: requestInformationSchema,
  roles: STAFF,
  run: async (input) => decided(await decideRequest({ kind: 'REQUEST_INFO', ...input }), input),
});

export const authoriseDirectPaymentAction = defineAction({
  name: 'review.authoriseDirectPayment',
  input: authoriseDirectPaymentSchema,
  roles: STAFF,
  run: async (input) => decided(await decideRequest({ kind: 'AUTHORISE_DIRECT_PAYMENT', ...input }), input, 'DIRECT'),
});

export const startReviewAction = defineAction({
  name: 'review.startReview',
  input: startReviewSchema,
  roles: STAFF,
  run: async (input) => {
    const result = await startReview(input);
    revalidatePath(`/comitato/domande/${input.requestId}`);
    revalidatePath('/comitato/domande');
    return result;
  },
});

export const createResolutionAction = defineAction({
  name: 'review.createResolution',
  input: createResolutionSchema,
  roles: STAFF,
  run: async (input) => {
    const created = await createResolution(input);
    revalidatePath('/comitato/delibere');
    return created;
  },
});
