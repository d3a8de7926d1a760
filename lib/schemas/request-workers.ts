// Wizard step "Lavoratori": which of the unit's workers are suspended or reduced, the hours each
// loses in the period and, for a reduction, on how many days (digest C-2, D-7).
import { z } from 'zod';
import { checkboxField, decimalField, idField } from './fields';
import { requestRefFields } from './request-ref';

export const HOURS_LOST_MAX = 10_000;
export const REQUEST_WORKERS_MAX = 5_000;

const lineObject = z.object({
  workerId: idField('request.workers.workerId'),
  included: checkboxField,
  hoursLost: z.unknown().optional(),
  daysAffected: z.unknown().optional(),
});

export type RequestWorkerLine = { workerId: string; hoursLost: string; daysAffected: number | null };

const linesObject = z.object({ lines: z.array(lineObject).max(REQUEST_WORKERS_MAX, 'request.workers.tooMany') });

function selectLines(v: z.output<typeof linesObject>, ctx: z.RefinementCtx): RequestWorkerLine[] {
  const selected: RequestWorkerLine[] = [];
  v.lines.forEach((line, i) => {
    if (!line.included) return;
    const hours = decimalField('request.workers.hoursLost', { decimals: 2, min: 0, minExclusive: true, max: HOURS_LOST_MAX }).safeParse(line.hoursLost);
    if (!hours.success) hours.error.issues.forEach((issue) => ctx.addIssue({ code: 'custom', path: ['lines', i, 'hoursLost'], message: issue.message }));
    let days: number | null = null;
    const rawDays = line.daysAffected;
    if (!(rawDays === undefined || rawDays === null || rawDays === '')) {
      const text = String(rawDays).trim();
      if (/^\d{1,4}$/.test(text) && Number(text) >= 1) days = Number(text);
      else ctx.addIssue({ code: 'custom', path: ['lines', i, 'daysAffected'], message: 'request.workers.daysAffected.invalid' });
    }
    if (hours.success) selected.push({ workerId: line.workerId, hoursLost: hours.data, daysAffected: days });
  });
  if (v.lines.every((l) => !l.included)) ctx.addIssue({ code: 'custom', path: ['lines'], message: 'request.workers.required' });
  return selected;
}

export const requestWorkersSchema = linesObject.transform((v, ctx) => ({ lines: selectLines(v, ctx) }));
export type RequestWorkersInput = z.input<typeof requestWorkersSchema>;
export type RequestWorkers = z.output<typeof requestWorkersSchema>;

export const saveRequestWorkersSchema = linesObject.extend(requestRefFields).transform((v, ctx) => ({
  employerId: v.employerId,
  requestId: v.requestId,
  lines: selectLines(v, ctx),
}));
