'use server';
import { fileRequestSchema, withdrawRequestSchema } from '@/lib/schemas/request-filing';
import { fileRequest, withdrawRequest } from '@/lib/server/data/filing';
import { defineAction } from './define-action';
import { EMPLOYER_SIDE } from './roles';

// "Invia" and "Ritira la domanda" (issue 4): one transaction each, in lib/server/data/filing.ts.

export const fileRequestAction = defineAction({
  name: 'request.file',
  input: fileRequestSchema,
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: ({ employerId, requestId, idempotencyKey, acceptTrim }) => fileRequest(employerId, requestId, { idempotencyKey, acceptTrim }),
});

export const withdrawRequestAction = defineAction({
  name: 'request.withdraw',
  input: withdrawRequestSchema,
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: ({ employerId, requestId, reason }) => withdrawRequest(employerId, requestId, reason),
});
