// Committee-dependent values (digest E-2, C-5, C-6, J-18) come in as dated resolutions of the
// Comitato amministratore, never as invented defaults. A resolution appends a dated value.
import { fromParts, yearOf, type CalendarDate } from '../core/calendar-date';
import type { Citation } from '../core/citation';
import { defineParameter, type Dated, type DatedValue } from '../core/dated';
import { ScenarioError } from '../core/errors';
import { dec } from '../core/money';
import { ORDINARY_RATE_C1_REDUCED, ORDINARY_RATE_C1_REDUCTION_MAX } from './fstn/contribution';
import { LAST_VERIFIED } from './value';

export const COMMITTEE_PARAMETER_KEYS = [
  'ORDINARY_RATE_C1_REDUCED',
  'NASPI_TOP_UP_MONTHLY_AMOUNT',
  'NASPI_TOP_UP_MONTHS',
  'ESODO_MONTHLY_AMOUNT',
] as const;
export type CommitteeParameterKey = (typeof COMMITTEE_PARAMETER_KEYS)[number];

export type CommitteeResolution = {
  number: string;
  /** Date the Committee adopted it. */
  date: string;
  parameterKey: CommitteeParameterKey;
  /** Decimal string (a ratio for ORDINARY_RATE_C1_REDUCED, EUR or months otherwise). */
  value: string;
  /** First day it applies; default 1 January of the following year (E-2 edge 4, [I]). */
  effectiveFrom?: string;
};

const BASE_SERIES: Partial<Record<CommitteeParameterKey, Dated<string>>> = {
  ORDINARY_RATE_C1_REDUCED,
};

const DESCRIPTIONS: Record<CommitteeParameterKey, string> = {
  ORDINARY_RATE_C1_REDUCED: ORDINARY_RATE_C1_REDUCED.description,
  NASPI_TOP_UP_MONTHLY_AMOUNT: 'Prestazione integrativa della NASpI: importo mensile deliberato dal Comitato',
  NASPI_TOP_UP_MONTHS: 'Prestazione integrativa della NASpI: mesi deliberati dal Comitato',
  ESODO_MONTHLY_AMOUNT: 'Assegno straordinario per l’esodo: importo mensile deliberato dal Comitato',
};

export function resolutionEffectiveFrom(resolution: CommitteeResolution): CalendarDate {
  if (resolution.effectiveFrom) return resolution.effectiveFrom as CalendarDate;
  return fromParts(yearOf(resolution.date as CalendarDate) + 1, 1, 1);
}

export function resolutionCitation(resolution: CommitteeResolution): Citation {
  return {
    act: `Delibera del Comitato amministratore n. ${resolution.number} del ${resolution.date}`,
    status: 'P',
    label: `Delibera Comitato n. ${resolution.number}/${resolution.date.slice(0, 4)}`,
  };
}

/** Checks the values a resolution may set (E-2: at most a 40 % cut). */
export function validateResolutions(resolutions: readonly CommitteeResolution[]): void {
  const issues = resolutions.flatMap((r, i) => {
    if (r.parameterKey !== 'ORDINARY_RATE_C1_REDUCED') return [];
    const from = resolutionEffectiveFrom(r);
    const max = ORDINARY_RATE_C1_REDUCTION_MAX.values.at(-1)?.value ?? '0';
    if (from < ORDINARY_RATE_C1_REDUCTION_MAX.values[0]!.from || dec(r.value).gt(max) || dec(r.value).lt(0)) {
      return [
        {
          path: `committeeResolutions.${i}.value`,
          message: `La riduzione dell’aliquota C1 va da 0 a ${max} ed è deliberabile dal 2025`,
        },
      ];
    }
    return [];
  });
  if (issues.length) throw new ScenarioError(issues);
}

/** The series of a Committee-dependent key, with the resolutions appended in date order. */
export function committeeSeries(key: CommitteeParameterKey, resolutions: readonly CommitteeResolution[]): Dated<string> {
  const base = BASE_SERIES[key];
  const added: DatedValue<string>[] = resolutions
    .filter((r) => r.parameterKey === key)
    .map((r) => ({ from: resolutionEffectiveFrom(r), value: r.value, citation: resolutionCitation(r) }));
  const byFrom = new Map<string, DatedValue<string>>();
  for (const value of [...(base?.values ?? []), ...added]) byFrom.set(value.from, value);
  return defineParameter({
    key,
    description: DESCRIPTIONS[key],
    unit: key === 'ORDINARY_RATE_C1_REDUCED' ? 'ratio' : key === 'NASPI_TOP_UP_MONTHS' ? 'months' : 'EUR/month',
    lastVerifiedOn: base?.lastVerifiedOn ?? LAST_VERIFIED,
    status: added.length ? 'P' : (base?.status ?? 'U'),
    values: [...byFrom.values()].sort((a, b) => (a.from < b.from ? -1 : 1)),
  });
}
