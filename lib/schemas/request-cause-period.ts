// Wizard step "Causale e periodo": which unit, why (digest C-1), how (suspension or reduction),
// when, on which working week, and how the allowance is paid (C-4).
import { z } from 'zod';
import { DIRECT_PAYMENT_GROUNDS, PAYMENT_MODES, REDUCTION_TYPES, type Cause } from '@/lib/rules/types';
import { choiceField, dateField, idField, textField, yesNoField } from './fields';
import { requestRefFields } from './request-ref';

/** Causes an employer can request (COVID-19 exists only as history: D.L. 18/2020 ended). */
export const REQUEST_CAUSES = ['ORDINARY_TRANSITORY_EVENT', 'ORDINARY_MARKET', 'ORDINARY_BAD_WEATHER', 'CRISIS', 'REORGANISATION', 'SOLIDARITY_CONTRACT'] as const satisfies readonly Cause[];
export const CAUSE_DESCRIPTION_MAX = 4000;
/** A request covers at most three years (the longest window, CIGS-type months, stays inside it). */
export const PERIOD_MAX_DAYS = 3 * 366;

const causePeriodObject = z.object({
  productionUnitId: idField('request.productionUnitId'),
  cause: choiceField(REQUEST_CAUSES, 'request.cause'),
  crisisDueToCessation: z.unknown().optional(),
  causeDescription: textField('request.causeDescription', CAUSE_DESCRIPTION_MAX),
  reductionType: choiceField(REDUCTION_TYPES, 'request.reductionType'),
  periodStart: dateField('request.periodStart'),
  periodEnd: dateField('request.periodEnd'),
  weekDays: choiceField(['5', '6'], 'request.weekDays'),
  paymentMode: choiceField(PAYMENT_MODES, 'request.paymentMode'),
  directPaymentGrounds: z.unknown().optional(),
});

type Grounds = (typeof DIRECT_PAYMENT_GROUNDS)[number][];

type CausePeriodFields = z.output<typeof causePeriodObject>;

function causePeriodRules(v: CausePeriodFields, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  let crisisDueToCessation = false;
  if (v.cause === 'CRISIS') {
    const parsed = yesNoField('request.crisisDueToCessation').safeParse(v.crisisDueToCessation);
    if (parsed.success) crisisDueToCessation = parsed.data;
    else issue('crisisDueToCessation', 'request.crisisDueToCessation.required');
  }
  const raw = v.directPaymentGrounds;
  const list = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((g): g is string => typeof g === 'string' && g !== '');
  const grounds = list.filter((g): g is Grounds[number] => (DIRECT_PAYMENT_GROUNDS as readonly string[]).includes(g));
  if (grounds.length !== list.length) issue('directPaymentGrounds', 'request.directPaymentGrounds.invalid');
  if (v.paymentMode === 'DIRECT' && grounds.length === 0) issue('directPaymentGrounds', 'request.directPaymentGrounds.required');
  if (v.periodEnd < v.periodStart) issue('periodEnd', 'request.periodEnd.beforeStart');
  else if ((Date.parse(v.periodEnd) - Date.parse(v.periodStart)) / 86_400_000 + 1 > PERIOD_MAX_DAYS) issue('periodEnd', 'request.periodEnd.tooLong');
  return { crisisDueToCessation, grounds: v.paymentMode === 'DIRECT' ? [...new Set(grounds)] : [] };
}

function normalise(v: CausePeriodFields, ctx: z.RefinementCtx) {
  const { crisisDueToCessation, grounds } = causePeriodRules(v, ctx);
  const { weekDays, ...rest } = v;
  return { ...rest, crisisDueToCessation, directPaymentGrounds: grounds, weekDays: Number(weekDays) as 5 | 6 };
}

export const causePeriodSchema = causePeriodObject.transform((v, ctx) => normalise(v, ctx));
export type CausePeriodInput = z.input<typeof causePeriodSchema>;
export type CausePeriod = z.output<typeof causePeriodSchema>;

export const saveCausePeriodSchema = causePeriodObject
  .extend(requestRefFields)
  .transform(({ employerId, requestId, ...v }, ctx) => ({ employerId, requestId, ...normalise(v, ctx) }));
