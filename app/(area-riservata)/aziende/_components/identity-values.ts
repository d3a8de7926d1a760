// Values of the identity form, from the stored company (no 'use client': server pages build them).
import { dateParts } from '@/lib/schemas/fields';

export type IdentityValues = {
  legalName: string;
  codiceFiscale: string;
  partitaIva: string;
  matricolaInps: string;
  activityStartDate: { day: string; month: string; year: string };
};

export function identityDefaults(company?: { legalName: string; codiceFiscale: string; partitaIva: string | null; matricolaInps: string | null; activityStartDate: string | null }): IdentityValues {
  const d = dateParts(company?.activityStartDate);
  return {
    legalName: company?.legalName ?? '',
    codiceFiscale: company?.codiceFiscale ?? '',
    partitaIva: company?.partitaIva ?? '',
    matricolaInps: company?.matricolaInps ?? '',
    activityStartDate: { day: d.day ?? '', month: d.month ?? '', year: d.year ?? '' },
  };
}

