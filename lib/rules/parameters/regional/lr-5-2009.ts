// Regional support of L.R. (Trentino-Alto Adige) 15 luglio 2009 n. 5 and its implementing
// regulation (seed 003, primary text; digest H-3). The regulation's date is not in the material:
// values are dated from the law's date.
import { cite } from '../../core/citation';
import { defineParameter } from '../../core/dated';
import { SOURCES } from '../sources';
import { LAST_VERIFIED, v } from '../value';

export type Lr5Parameters = {
  lastPayableDay: string;
  totalMonthlyCap: string;
  minSeniorityDays: number;
  agencyLookbackMonths: number;
  collaboratorMinIncome: string;
  collaboratorMaxIncome: string;
  collaboratorMinMonths: number;
  collaboratorWindowMonths: number;
  collaboratorMinConsecutiveMonths: number;
  pensionFundMinMonths: number;
  appealDays: number;
};

export const LR5_2009 = defineParameter<Lr5Parameters>({
  key: 'LR5_2009',
  description:
    'Indennità regionale L.R. 5/2009: periodi fino al 31/12/2010; indennità regionale + statale ≤ 1.065,00 € lordi mensili; anzianità 180 giorni; collaboratori a progetto 600–3.000 € mensili, 6 mesi su 24 di cui 3 consecutivi',
  unit: 'mixed',
  lastVerifiedOn: LAST_VERIFIED,
  status: 'P',
  values: [
    v(
      '2009-07-15',
      {
        lastPayableDay: '2010-12-31',
        totalMonthlyCap: '1065.00',
        minSeniorityDays: 180,
        agencyLookbackMonths: 12,
        collaboratorMinIncome: '600.00',
        collaboratorMaxIncome: '3000.00',
        collaboratorMinMonths: 6,
        collaboratorWindowMonths: 24,
        collaboratorMinConsecutiveMonths: 3,
        pensionFundMinMonths: 6,
        appealDays: 60,
      },
      cite(SOURCES.SEED3, 'art. 1-4'),
    ),
  ],
});
