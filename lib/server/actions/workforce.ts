'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { companyPaths } from '@/lib/company-paths';
import { employerIdField } from '@/lib/schemas/company';
import { saveHeadcountsSchema } from '@/lib/schemas/headcounts';
import { withRitorno } from '@/lib/schemas/form-return';
import { addHistorySchema, removeHistorySchema } from '@/lib/schemas/history';
import { createWorkerSchema, importWorkersSchema, updateWorkerSchema } from '@/lib/schemas/workers';
import { saveHeadcounts } from '@/lib/server/data/headcounts';
import { addHistoryEntry, removeHistoryEntry } from '@/lib/server/data/history';
import { createWorker, importWorkersCsv, removeWorker, updateWorker } from '@/lib/server/data/workers';
import { RATE_LIMITS } from '@/lib/server/rate-limit';
import { markFormErrors } from '@/lib/server/form-error-title';
import { defineAction } from './define-action';
import { EMPLOYER_SIDE } from './roles';

// Headcounts, workers (one by one or from CSV) and history periods (issue 4). A page's form sends
// `ritorno=1`: on success the action redirects to the next page (Post/Redirect/Get, with or without
// JavaScript) with an `esito` for the success banner; other callers get the result back.

function done(employerId: string, ritorno: '1' | undefined, next: string): void {
  revalidatePath(companyPaths.home(employerId), 'layout');
  if (ritorno) redirect(next);
}

export const saveHeadcountsAction = defineAction({
  name: 'headcount.save',
  input: saveHeadcountsSchema.and(withRitorno),
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: async ({ employerId, productionUnitId, fullTimeWeeklyHours, months, ritorno }) => {
    const saved = await saveHeadcounts(employerId, { productionUnitId, fullTimeWeeklyHours, months });
    done(employerId, ritorno, `${companyPaths.home(employerId)}?esito=organico&mesi=${saved.saved}#organico`);
    return saved;
  },
});

export const createWorkerAction = defineAction({
  name: 'worker.create',
  input: createWorkerSchema.and(withRitorno),
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: async ({ employerId, ritorno, ...worker }) => {
    const created = await createWorker(employerId, worker);
    done(employerId, ritorno, `${companyPaths.workers(employerId)}?esito=aggiunto`);
    return created;
  },
});

export const updateWorkerAction = defineAction({
  name: 'worker.update',
  input: updateWorkerSchema.and(withRitorno),
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: async ({ employerId, workerId, ritorno, ...worker }) => {
    await updateWorker(employerId, workerId, worker);
    done(employerId, ritorno, `${companyPaths.workers(employerId)}?esito=modificato`);
  },
});

export const removeWorkerAction = defineAction({
  name: 'worker.remove',
  input: z.object({ employerId: employerIdField, workerId: employerIdField }).and(withRitorno),
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: async ({ employerId, workerId, ritorno }) => {
    await removeWorker(employerId, workerId);
    done(employerId, ritorno, `${companyPaths.workers(employerId)}?esito=rimosso`);
  },
});

/** Preview (confirm unchecked) or import (confirm checked, with the preview's hash) a CSV of workers. */
export const importWorkersAction = defineAction({
  name: 'worker.import',
  input: importWorkersSchema.and(withRitorno),
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  rateLimit: RATE_LIMITS.csvImportPerUser,
  run: async ({ employerId, file, confirm, previewHash, ritorno }, ctx) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const outcome = await importWorkersCsv(employerId, bytes, { commit: confirm, previewHash, locale: ctx.locale });
    // A refused file stays on the upload page with its problems; an imported one goes to the list.
    if (confirm && outcome.ok) done(employerId, ritorno, `${companyPaths.workers(employerId)}?esito=importati&righe=${outcome.imported}`);
    if (!outcome.ok) await markFormErrors(); // a refused file is the form's error: "Errore: " in the title
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
  input: addHistorySchema.and(withRitorno),
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: async ({ employerId, productionUnitId, cause, periodStart, periodEnd, weeks, ritorno }) => {
    const added = await addHistoryEntry(employerId, { productionUnitId, cause, periodStart, periodEnd, weeks });
    done(employerId, ritorno, `${companyPaths.history(employerId)}?esito=aggiunto`);
    return added;
  },
});

export const removeHistoryAction = defineAction({
  name: 'history.remove',
  input: removeHistorySchema.and(withRitorno),
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: async ({ employerId, entryId, ritorno }) => {
    await removeHistoryEntry(employerId, entryId);
    done(employerId, ritorno, `${companyPaths.history(employerId)}?esito=rimosso`);
  },
});
