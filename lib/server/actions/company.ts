'use server';
import { companyIdentitySchema, updateCompanyIdentitySchema, updateCompanySectorSchema } from '@/lib/schemas/company';
import { createUnitSchema, updateUnitSchema } from '@/lib/schemas/units';
import { z } from 'zod';
import { employerIdField } from '@/lib/schemas/company';
import { createCompany, updateCompanyIdentity, updateCompanySector } from '@/lib/server/data/employers';
import { createUnit, removeUnit, updateUnit } from '@/lib/server/data/units';
import { defineAction } from './define-action';
import { EMPLOYER_SIDE } from './roles';

// Company set-up actions (issue 4). Thin: zod input, role, employer access (defineAction), then the DAL.

export const createCompanyAction = defineAction({
  name: 'company.create',
  input: companyIdentitySchema,
  roles: ['EMPLOYER'],
  run: (input) => createCompany(input),
});

export const updateCompanyIdentityAction = defineAction({
  name: 'company.identity.update',
  input: updateCompanyIdentitySchema,
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: ({ employerId, ...input }) => updateCompanyIdentity(employerId, input),
});

export const updateCompanySectorAction = defineAction({
  name: 'company.sector.update',
  input: updateCompanySectorSchema,
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: ({ employerId, ...input }) => updateCompanySector(employerId, input),
});

export const createUnitAction = defineAction({
  name: 'unit.create',
  input: createUnitSchema,
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: ({ employerId, ...input }) => createUnit(employerId, input),
});

export const updateUnitAction = defineAction({
  name: 'unit.update',
  input: updateUnitSchema,
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: ({ employerId, unitId, ...input }) => updateUnit(employerId, unitId, input),
});

export const removeUnitAction = defineAction({
  name: 'unit.remove',
  input: z.object({ employerId: employerIdField, unitId: employerIdField }),
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: ({ employerId, unitId }) => removeUnit(employerId, unitId),
});
