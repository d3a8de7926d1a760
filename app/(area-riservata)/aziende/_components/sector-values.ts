// Values of the sector form, from the stored company (no 'use client': server pages build them).
import { dateParts } from '@/lib/schemas/fields';

export type SectorValues = {
  atecoCode: string;
  sectorDescription: string;
  inCigoScope: string;
  inCigsScope: string;
  bilateralFund: string;
  optInDate: { day: string; month: string; year: string };
};

const yesNo = (v: boolean) => (v ? 'yes' : 'no');

export function sectorDefaults(company: { sectorDone: boolean; atecoCode: string | null; sectorDescription: string | null; inCigoScope: boolean; inCigsScope: boolean; bilateralFund: string; optInDate: string | null }): SectorValues {
  const d = dateParts(company.optInDate);
  // Before the first answer nothing is pre-selected: the database defaults are not the employer's answer.
  return {
    atecoCode: company.atecoCode ?? '',
    sectorDescription: company.sectorDescription ?? '',
    inCigoScope: company.sectorDone ? yesNo(company.inCigoScope) : '',
    inCigsScope: company.sectorDone ? yesNo(company.inCigsScope) : '',
    bilateralFund: company.sectorDone ? company.bilateralFund : '',
    optInDate: { day: d.day ?? '', month: d.month ?? '', year: d.year ?? '' },
  };
}

