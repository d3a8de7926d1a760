// Company set-up (design.md, "The journey" step 1): identity, then sector and the instruments that
// may cover the employer instead of the Fund (digest A-2…A-5). One schema per page; `companySchema`
// is both together (JSON clients, the consultant's bulk tools).
import { z } from 'zod';
import { BILATERAL_FUND_COVERS } from '@/lib/rules/types';
import { isValidCompanyCodiceFiscale, isValidPartitaIva, normaliseTaxCode } from './tax-codes';
import { choiceField, dateField, optionalDateField, textField, yesNoField } from './fields';

export const LEGAL_NAME_MAX = 200;
export const SECTOR_DESCRIPTION_MAX = 200;
/** INPS company registration number (matricola aziendale): 10 digits. */
export const MATRICOLA_INPS = /^\d{10}$/;
/** ATECO code: division, group, class, category, subcategory ("55", "55.1", "55.10", "55.10.0", "55.10.00"). */
export const ATECO_CODE = /^\d{2}(\.\d{1,2}(\.\d{1,2})?)?$/;

const codiceFiscale = z
  .string({ error: 'company.codiceFiscale.required' })
  .transform(normaliseTaxCode)
  .pipe(
    z
      .string()
      .min(1, 'company.codiceFiscale.required')
      .refine((v) => /^(\d{11}|[A-Z0-9]{16})$/.test(v), 'company.codiceFiscale.format')
      .refine(isValidCompanyCodiceFiscale, 'company.codiceFiscale.checksum'),
  );

const partitaIva = z
  .string({ error: 'company.partitaIva.invalid' })
  .nullish()
  .transform((v) => (v ? normaliseTaxCode(v).replace(/^IT/, '') : null))
  .pipe(
    z
      .string()
      .nullable()
      .refine((v) => v === null || /^\d{11}$/.test(v), 'company.partitaIva.format')
      .refine((v) => v === null || isValidPartitaIva(v), 'company.partitaIva.checksum'),
  );

export const companyIdentitySchema = z.object({
  legalName: textField('company.legalName', LEGAL_NAME_MAX),
  codiceFiscale,
  partitaIva,
  matricolaInps: z
    .string({ error: 'company.matricolaInps.required' })
    .transform((v) => v.replace(/\s+/g, ''))
    .pipe(z.string().min(1, 'company.matricolaInps.required').regex(MATRICOLA_INPS, 'company.matricolaInps.format')),
  activityStartDate: dateField('company.activityStartDate'),
});
export type CompanyIdentityInput = z.input<typeof companyIdentitySchema>;
export type CompanyIdentity = z.output<typeof companyIdentitySchema>;

const companySectorObject = z.object({
  atecoCode: z
    .string({ error: 'company.atecoCode.required' })
    .trim()
    .min(1, 'company.atecoCode.required')
    .regex(ATECO_CODE, 'company.atecoCode.format'),
  sectorDescription: textField('company.sectorDescription', SECTOR_DESCRIPTION_MAX),
  inCigoScope: yesNoField('company.inCigoScope'),
  inCigsScope: yesNoField('company.inCigsScope'),
  bilateralFund: choiceField(BILATERAL_FUND_COVERS, 'company.bilateralFund'),
  optInDate: optionalDateField('company.optInDate'),
});

// The opt-in date only exists for employers coming from a bilateral fund.
function sectorRules(v: z.output<typeof companySectorObject>, ctx: z.RefinementCtx) {
  if (v.bilateralFund === 'NONE' && v.optInDate) ctx.addIssue({ code: 'custom', path: ['optInDate'], message: 'company.optInDate.notApplicable' });
}

export const companySectorSchema = companySectorObject.superRefine(sectorRules);
export type CompanySectorInput = z.input<typeof companySectorSchema>;
export type CompanySector = z.output<typeof companySectorSchema>;

export const employerIdField = z.string({ error: 'common.id.invalid' }).min(1, 'common.id.invalid').max(64, 'common.id.invalid');
export const employerRefSchema = z.object({ employerId: employerIdField });

/** Action inputs: the page's fields plus the employer they belong to. */
export const updateCompanyIdentitySchema = companyIdentitySchema.extend({ employerId: employerIdField });
export const updateCompanySectorSchema = companySectorObject.extend({ employerId: employerIdField }).superRefine(sectorRules);

/** Identity and sector in one object (JSON clients, bulk tools). */
export const companySchema = companyIdentitySchema.extend(companySectorObject.shape).superRefine(sectorRules);
export type Company = z.output<typeof companySchema>;
