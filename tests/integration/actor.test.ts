// The test actor drives the real guards: roles, memberships and delegations decide, not the test.
import { afterEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { requireEmployerAccess, requireRole, AccessDeniedError } from '@/lib/server/auth/guards';
import { actAs } from '../setup/actor';
import { createEmployer, createUser } from '../fixtures/factories';

afterEach(() => actAs(null));

describe('the integration-test actor', () => {
  it('is anonymous until a test names one, and then the guards see that user', async () => {
    await expect(requireRole('EMPLOYER')).rejects.toBeInstanceOf(AccessDeniedError);
    const user = await createUser(prisma, { role: 'EMPLOYER' });
    actAs(user);
    await expect(requireRole('EMPLOYER')).resolves.toMatchObject({ id: user.id });
    await expect(requireRole('STAFF')).rejects.toThrow('Accesso non consentito');
  });

  it('gives an employer its own company and refuses a stranger, by membership in the database', async () => {
    const owner = await createUser(prisma, { role: 'EMPLOYER' });
    const stranger = await createUser(prisma, { role: 'EMPLOYER' });
    const employer = await createEmployer(prisma, { ownerId: owner.id });
    actAs(owner);
    await expect(requireEmployerAccess(employer.id, 'write')).resolves.toMatchObject({ via: 'member' });
    actAs(stranger);
    await expect(requireEmployerAccess(employer.id, 'read')).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
