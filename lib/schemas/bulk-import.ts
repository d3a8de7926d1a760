// The consultant's bulk import (/consulente/importa): one CSV per client, workers or monthly
// headcounts; a preview, then the import. Messages: lib/schemas/messages/bulk-import.ts.
import { z } from 'zod';
import { idField } from './fields';
import { WORKER_CSV_MAX_BYTES } from './workers';

export const BULK_IMPORT_KINDS = ['WORKERS', 'HEADCOUNTS'] as const;

export const previewImportSchema = z.object({
  employerId: z.string({ error: 'import.employerId.required' }).trim().min(1, 'import.employerId.required').max(64, 'import.employerId.required'),
  kind: z.enum(BULK_IMPORT_KINDS, { error: 'import.kind.required' }),
  file: z
    .instanceof(Blob, { error: 'import.file.required' })
    .refine((f) => f.size > 0, 'import.file.required')
    .refine((f) => f.size <= WORKER_CSV_MAX_BYTES, 'import.file.tooLarge'),
});
export type PreviewImportInput = z.input<typeof previewImportSchema>;

export const importBatchSchema = z.object({ batchId: idField('import.batch') });
