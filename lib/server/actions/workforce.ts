'use server';
import { z } from 'zod';
import { employerIdField } from '@/lib/schemas/company';
import { saveHeadcountsSchema } from '@/lib/schemas/headcounts';
import { addHistorySchema, removeHistorySchema } from '@/lib/schemas/history';
import { createWorkerSchema, importWorkersSchema, updateWorkerSchema } from '@/lib/schemas/workers';
import { saveHeadcounts } from '@/lib/server/data/headcounts';
import { addHistoryEntry, removeHistoryEntry } from '@/lib/server/data/history';
import { createWorker, importWorkersCsv, removeWorker, updateWorker } from '@/lib/server/data/workers';
import { RATE_LIMITS } from '@/lib/server/rate-limit';
import { defineAction } from './define-action';
import { EMPLOYER_SIDE } from './roles';

// Headcounts, workers (one by one or from CSV) and history periods (issue 4).

export const saveHeadcountsAction = defineAction({
  name: 'headcount.save',
  input: saveHeadcountsSchema,
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: ({ employerId, productionUnitId, fullTimeWeeklyHours, months }) => saveHeadcounts(employerId, { productionUnitId, fullTimeWeeklyHours, months }),
});

export const createWorkerAction = defineAction({
  name: 'worker.create',
  input: createWorkerSchema,
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: ({ employerId, ...worker }) => createWorker(employerId, worker),
});

export const updateWorkerAction = defineAction({
  name: 'worker.update',
  input: updateWorkerSchema,
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: ({ employerId, workerId, ...worker }) => updateWorker(employerId, workerId, worker),
});

export const removeWorkerAction = defineAction({
  name: 'worker.remove',
  input: z.object({ employerId: employerIdField, workerId: employerIdField }),
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: ({ employerId, workerId }) => removeWorker(employerId, workerId),
});

/** Preview (confirm unchecked) or import (confirm checked, with the preview's hash) a CSV of workers. */
export const importWorkersAction = defineAction({
  name: 'worker.import',
  input: importWorkersSchema,
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  rateLimit: RATE_LIMITS.csvImportPerUser,
  run: async ({ employerId, file, confirm, previewHash }, ctx) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const outcome = await importWorkersCsv(employerId, bytes, { commit: confirm, previewHash, locale: ctx.locale });
    // The preview shows names to the person importing them; nothing else leaves the server.
    return {
      ok: outcome.ok,
      imported: outcome.imported,
      fileHash: outcome.fileHash,
      encoding: outcome.encoding,
      separator: outcome.separator,
      notes: outcome.notes,
      issues: outcome.issues,
      preview: outcome.workers.map((w) => ({ line: w.line, codiceFiscale: w.codiceFiscale, lastName: w.lastName, firstName: w.firstName, productionUnitId: w.productionUnitId, category: w.category, contractType: w.contractType, hireDate: w.hireDate, weeklyHours: w.weeklyHours, payBasis: w.payBasis, pay: w.monthlyGlobalPay ?? w.hourlyGlobalPay })),
    };
  },
});

export const addHistoryAction = defineAction({
  name: 'history.add',
  input: addHistorySchema,
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: ({ employerId, productionUnitId, cause, periodStart, periodEnd, weeks }) => addHistoryEntry(employerId, { productionUnitId, cause, periodStart, periodEnd, weeks }),
});

export const removeHistoryAction = defineAction({
  name: 'history.remove',
  input: removeHistorySchema,
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: ({ employerId, entryId }) => removeHistoryEntry(employerId, entryId),
});
