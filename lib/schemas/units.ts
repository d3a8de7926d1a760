// Production units (unità produttive): the comune comes from the ANPR list of Italian municipalities
// (@marketto/belfiore-connector-embedded); the form sends its Belfiore code and province, the server
// checks both against the dataset and stores the official name (lib/server/data/comuni.ts).
import { z } from 'zod';
import { employerIdField } from './company';
import { optionalTextField, textField } from './fields';

export const UNIT_NAME_MAX = 120;
export const UNIT_ADDRESS_MAX = 200;
/** Codice catastale (Belfiore): one letter and three digits, e.g. L378 for Trento. */
export const BELFIORE_CODE = /^[A-Z]\d{3}$/;
/** Province: the two-letter sigla, e.g. TN. */
export const PROVINCE_CODE = /^[A-Z]{2}$/;

export const unitSchema = z.object({
  name: textField('unit.name', UNIT_NAME_MAX),
  address: optionalTextField('unit.address', UNIT_ADDRESS_MAX),
  provinceCode: z
    .string({ error: 'unit.provinceCode.required' })
    .trim()
    .toUpperCase()
    .min(1, 'unit.provinceCode.required')
    .regex(PROVINCE_CODE, 'unit.provinceCode.invalid'),
  comuneCode: z
    .string({ error: 'unit.comuneCode.required' })
    .trim()
    .toUpperCase()
    .min(1, 'unit.comuneCode.required')
    .regex(BELFIORE_CODE, 'unit.comuneCode.invalid'),
});
export type UnitInput = z.input<typeof unitSchema>;
export type Unit = z.output<typeof unitSchema>;

export const createUnitSchema = unitSchema.extend({ employerId: employerIdField });
export const updateUnitSchema = unitSchema.extend({ employerId: employerIdField, unitId: employerIdField });
