'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { companyPaths } from '@/lib/company-paths';
import { companyIdentitySchema, employerIdField, updateCompanyIdentitySchema, updateCompanySectorSchema } from '@/lib/schemas/company';
import { withRitorno } from '@/lib/schemas/form-return';
import { createUnitSchema, updateUnitSchema } from '@/lib/schemas/units';
import { createCompany, updateCompanyIdentity, updateCompanySector } from '@/lib/server/data/employers';
import { createUnit, removeUnit, updateUnit } from '@/lib/server/data/units';
import { defineAction } from './define-action';
import { EMPLOYER_SIDE } from './roles';

// Company set-up actions (issue 4). Thin: zod input, role, employer access (defineAction), then the DAL.
// A page's form sends `ritorno=1`: on success the action redirects (Post/Redirect/Get, with or
// without JavaScript) to the next page with an `esito` the page turns into a success banner.

/** After a change: fresh company pages, and the page's next step when a form asked for it. */
function done(employerId: string, ritorno: '1' | undefined, next: string): void {
  revalidatePath(companyPaths.home(employerId), 'layout');
  revalidatePath('/aziende');
  if (ritorno) redirect(next);
}

export const createCompanyAction = defineAction({
  name: 'company.create',
  input: companyIdentitySchema.and(withRitorno),
  roles: ['EMPLOYER'],
  run: async ({ ritorno, ...input }) => {
    const created = await createCompany(input);
    // The sector questions are the second page of the same set-up.
    done(created.id, ritorno, `${companyPaths.sector(created.id)}?nuova=1`);
    return created;
  },
});

export const updateCompanyIdentityAction = defineAction({
  name: 'company.identity.update',
  input: updateCompanyIdentitySchema.and(withRitorno),
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: async ({ employerId, ritorno, ...input }) => {
    await updateCompanyIdentity(employerId, input);
    done(employerId, ritorno, `${companyPaths.home(employerId)}?esito=identita`);
  },
});

export const updateCompanySectorAction = defineAction({
  name: 'company.sector.update',
  input: updateCompanySectorSchema.and(withRitorno),
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: async ({ employerId, ritorno, ...input }) => {
    await updateCompanySector(employerId, input);
    done(employerId, ritorno, `${companyPaths.home(employerId)}?esito=settore`);
  },
});

export const createUnitAction = defineAction({
  name: 'unit.create',
  input: createUnitSchema.and(withRitorno),
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: async ({ employerId, ritorno, ...input }) => {
    const created = await createUnit(employerId, input);
    done(employerId, ritorno, `${companyPaths.home(employerId)}?esito=sede-aggiunta`);
    return created;
  },
});

export const updateUnitAction = defineAction({
  name: 'unit.update',
  input: updateUnitSchema.and(withRitorno),
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: async ({ employerId, unitId, ritorno, ...input }) => {
    await updateUnit(employerId, unitId, input);
    done(employerId, ritorno, `${companyPaths.home(employerId)}?esito=sede-modificata`);
  },
});

export const removeUnitAction = defineAction({
  name: 'unit.remove',
  input: z.object({ employerId: employerIdField, unitId: employerIdField }).and(withRitorno),
  roles: EMPLOYER_SIDE,
  employer: { id: (i) => i.employerId, mode: 'write' },
  run: async ({ employerId, unitId, ritorno }) => {
    await removeUnit(employerId, unitId);
    done(employerId, ritorno, `${companyPaths.home(employerId)}?esito=sede-rimossa`);
  },
});
