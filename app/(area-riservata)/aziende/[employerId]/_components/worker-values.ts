// Values of the worker form, from the stored worker (no 'use client': server pages build them).
import { dateParts } from '@/lib/schemas/fields';

export type Parts = { day: string; month: string; year: string };
export type WorkerValues = {
  codiceFiscale: string;
  lastName: string;
  firstName: string;
  productionUnitId: string;
  category: string;
  contractType: string;
  apprenticeType: string;
  hireDate: Parts;
  endDate: Parts;
  effectiveDaysAtUnit: string;
  weeklyHours: string;
  payBasis: string;
  monthlyGlobalPay: string;
  hourlyGlobalPay: string;
  householdWithoutChildren: string;
};

const parts = (iso: string | null | undefined): Parts => {
  const p = dateParts(iso);
  return { day: p.day ?? '', month: p.month ?? '', year: p.year ?? '' };
};

/** Italian decimal for a box: "1850.00" → "1850,00". */
const boxDecimal = (v: string | null | undefined) => (v ? v.replace('.', ',') : '');

export function workerDefaults(
  w?: {
    codiceFiscale: string;
    lastName: string;
    firstName: string;
    productionUnitId: string;
    category: string;
    contractType: string;
    apprenticeType: string | null;
    hireDate: string;
    endDate: string | null;
    effectiveDaysAtUnit: number;
    weeklyHours: string;
    payBasis: string;
    monthlyGlobalPay: string | null;
    hourlyGlobalPay: string | null;
    householdWithoutChildren: boolean;
  },
  unitId = '',
): WorkerValues {
  return {
    codiceFiscale: w?.codiceFiscale ?? '',
    lastName: w?.lastName ?? '',
    firstName: w?.firstName ?? '',
    productionUnitId: w?.productionUnitId ?? unitId,
    category: w?.category ?? '',
    contractType: w?.contractType ?? '',
    apprenticeType: w?.apprenticeType ?? '',
    hireDate: parts(w?.hireDate),
    endDate: parts(w?.endDate),
    effectiveDaysAtUnit: w ? String(w.effectiveDaysAtUnit) : '',
    weeklyHours: boxDecimal(w?.weeklyHours),
    payBasis: w?.payBasis ?? '',
    monthlyGlobalPay: boxDecimal(w?.monthlyGlobalPay),
    hourlyGlobalPay: boxDecimal(w?.hourlyGlobalPay),
    householdWithoutChildren: w ? (w.householdWithoutChildren ? 'yes' : 'no') : '',
  };
}

