'use server';
import { employerRefSchema } from '@/lib/schemas/company';
import { saveCausePeriodSchema } from '@/lib/schemas/request-cause-period';
import { saveProcedureSchema } from '@/lib/schemas/request-procedure';
import { requestRefSchema } from '@/lib/schemas/request-ref';
import { saveRequestWorkersSchema } from '@/lib/schemas/request-workers';
import { createDraft, discardDraft, saveCausePeriod, saveProcedure, saveRequestWorkers } from '@/lib/server/data/requests';
import { defineAction } from './define-action';
import { EMPLOYER_SIDE } from './roles';

// The request wizard's steps, each saved server-side on "Salva richiesta" or "Avanti" (issue 4).

export const createDraftAction = defineAction({
  name: 'request.draft.create',
  input: employerRefSchema,
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: ({ employerId }) => createDraft(employerId),
});

export const saveCausePeriodAction = defineAction({
  name: 'request.draft.causePeriod',
  input: saveCausePeriodSchema,
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: ({ employerId, requestId, ...input }) => saveCausePeriod(employerId, requestId, input),
});

export const saveRequestWorkersAction = defineAction({
  name: 'request.draft.workers',
  input: saveRequestWorkersSchema,
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: ({ employerId, requestId, lines }) => saveRequestWorkers(employerId, requestId, lines),
});

export const saveProcedureAction = defineAction({
  name: 'request.draft.procedure',
  input: saveProcedureSchema,
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: ({ employerId, requestId, ...input }) => saveProcedure(employerId, requestId, input),
});

export const discardDraftAction = defineAction({
  name: 'request.draft.discard',
  input: requestRefSchema,
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: ({ employerId, requestId }) => discardDraft(employerId, requestId),
});
