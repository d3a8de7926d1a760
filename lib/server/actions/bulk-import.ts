'use server';
import { redirect } from 'next/navigation';
import { importBatchSchema, previewImportSchema } from '@/lib/schemas/bulk-import';
import { commitImport, discardImport, previewImport } from '@/lib/server/data/bulk-import';
import { markFormErrors } from '@/lib/server/form-error-title';
import { RATE_LIMITS } from '@/lib/server/rate-limit';
import { defineAction } from './define-action';

// The consultant's bulk import, Post/Redirect/Get: a valid file goes to its preview page, a
// confirmed import back to the import page with the outcome; errors come back to the form.

/** Reads and validates a CSV for one client; when every row is right, shows its preview. */
export const previewImportAction = defineAction({
  name: 'import.preview',
  input: previewImportSchema,
  roles: ['CONSULTANT'],
  employer: { id: (input) => input.employerId, mode: 'write' },
  // Reading a file costs CPU: the same per-user limit as the employer's worker import.
  rateLimit: RATE_LIMITS.csvImportPerUser,
  run: async (input, ctx) => {
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const name = input.file instanceof File ? input.file.name : 'file.csv';
    const outcome = await previewImport({ employerId: input.employerId, kind: input.kind, fileName: name, bytes, locale: ctx.locale });
    if (outcome.ok) redirect(`/consulente/importa/${outcome.batchId}`);
    await markFormErrors(); // a refused file is the form's error: "Errore: " in the title
    return outcome;
  },
});

/** Imports the previewed file, all or nothing. */
export const commitImportAction = defineAction({
  name: 'import.commit',
  input: importBatchSchema,
  roles: ['CONSULTANT'],
  run: async (input, ctx) => {
    const outcome = await commitImport(input.batchId, ctx.locale);
    if (outcome.ok) redirect(`/consulente/importa?esito=importato&tipo=${outcome.kind}&righe=${outcome.imported}&azienda=${encodeURIComponent(outcome.employerId)}`);
    await markFormErrors();
    return outcome;
  },
});

/** Drops the preview; nothing is imported. */
export const discardImportAction = defineAction({
  name: 'import.discard',
  input: importBatchSchema,
  roles: ['CONSULTANT'],
  run: async (input) => {
    await discardImport(input.batchId);
    redirect('/consulente/importa?esito=annullato');
  },
});
