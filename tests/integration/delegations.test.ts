// Deleghe end to end against PostgreSQL: invitations by e-mail and by code, acceptance, revocation
// by either side, expiry, abuse limits, staff's register, and the guard that stops access at once.
import { afterEach, describe, expect, it, vi } from 'vitest';

const mailDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/fstn-mail-delegations-${process.pid}-${Date.now()}`;
  process.env.MAIL_DIR = dir;
  return dir;
});

import { prisma } from '@/lib/server/db';
import { AccessDeniedError, requireEmployerAccess } from '@/lib/server/auth/guards';
import { acceptDelegationAction, inviteConsultantAction, revokeDelegationAction } from '@/lib/server/actions/delegation';
import { listAllDelegations, listEmployerDelegations, listMyDelegations } from '@/lib/server/data/delegations';
import { actAs } from '../setup/actor';
import { createDelegation, createEmployer, createUser } from '../fixtures/factories';
import { mailsWithReference } from '../fixtures/mail';


afterEach(() => {
  actAs(null);
  delete process.env.FSTN_TODAY;
});

const TODAY = '2026-03-02';
/** What the three boxes of a GOV.UK date input post for a date. */
const parts = (iso: string) => ({ day: String(Number(iso.slice(8, 10))), month: String(Number(iso.slice(5, 7))), year: iso.slice(0, 4) });

async function company() {
  const owner = await createUser(prisma, { role: 'EMPLOYER' });
  const employer = await createEmployer(prisma, { ownerId: owner.id });
  return { owner, employer };
}

const mailsFor = (delegationId: string) => mailsWithReference(mailDir, `delegation-invite:${delegationId}`).map((m) => m.text);

/** The token of the link in an invitation e-mail. */
function tokenFromMail(mail: string): string {
  const match = /accetta\?codice=([A-Za-z0-9_-]{43})/.exec(mail);
  if (!match) throw new Error(`no link in mail:\n${mail}`);
  return match[1]!;
}

async function expectNoAccess(user: { id: string; email: string; role: 'EMPLOYER' | 'CONSULTANT' | 'STAFF' | 'ADMIN' }, employerId: string) {
  actAs(user);
  await expect(requireEmployerAccess(employerId, 'read')).rejects.toBeInstanceOf(AccessDeniedError);
  await expect(requireEmployerAccess(employerId, 'write')).rejects.toBeInstanceOf(AccessDeniedError);
}

describe('an employer invites a consultant by e-mail', () => {
  it('writes an invitation e-mail with a link; the consultant accepts it and gets the employer’s rights from the start date', async () => {
    process.env.FSTN_TODAY = TODAY;
    const { owner, employer } = await company();
    const consultant = await createUser(prisma, { role: 'CONSULTANT' });
    actAs(owner);
    const result = await inviteConsultantAction({ employerId: employer.id, method: 'EMAIL', email: consultant.email.toUpperCase(), startsOn: parts(TODAY), endsOn: { day: '', month: '', year: '' } });
    expect(result).toMatchObject({ status: 'success', data: { method: 'EMAIL', consultantRegistered: true, email: consultant.email } });
    const delegationId = result.status === 'success' ? result.data.delegationId : '';

    const mails = mailsFor(delegationId);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain(`to: ${consultant.email}`);
    const token = tokenFromMail(mails[0]!);

    // Only the hash of the token is stored.
    const stored = await prisma.delegation.findUniqueOrThrow({ where: { id: delegationId } });
    expect(stored.status).toBe('PENDING');
    expect(stored.inviteCode).not.toContain(token);
    expect(stored.inviteCode).toMatch(/^[0-9a-f]{64}$/);

    await expectNoAccess(consultant, employer.id);
    actAs(consultant);
    const accepted = await acceptDelegationAction({ code: token });
    expect(accepted).toMatchObject({ status: 'success', data: { employerId: employer.id, startsOn: TODAY, endsOn: null } });
    await expect(requireEmployerAccess(employer.id, 'write')).resolves.toMatchObject({ via: 'delegation', delegationId });

    // The link is single-use.
    expect(await acceptDelegationAction({ code: token })).toMatchObject({ status: 'error', fieldErrors: { code: [expect.stringContaining('non valido')] } });

    const audit = await prisma.auditEvent.findMany({ where: { entityType: 'Delegation', entityId: delegationId }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorUserId, a.onBehalfOfEmployerId])).toEqual([
      ['delegation.invite', owner.id, employer.id],
      ['delegation.accept', consultant.id, employer.id],
    ]);
  });

  it('lets an employer invite an address with no account yet (and says so); whoever registers a consultant account with it can accept', async () => {
    process.env.FSTN_TODAY = TODAY;
    const { owner, employer } = await company();
    const email = `nuovo-studio-${Date.now()}@example.it`;
    actAs(owner);
    const result = await inviteConsultantAction({ employerId: employer.id, method: 'EMAIL', email, startsOn: { day: '2', month: '3', year: '2026' }, endsOn: { day: '31', month: '12', year: '2026' } });
    expect(result).toMatchObject({ status: 'success', data: { consultantRegistered: false } });
    const delegationId = result.status === 'success' ? result.data.delegationId : '';
    const mail = mailsFor(delegationId)[0]!;
    expect(mail).toContain('Non hai ancora un account da consulente con questo indirizzo');

    const later = await createUser(prisma, { role: 'CONSULTANT', email });
    actAs(later);
    const mine = await listMyDelegations();
    expect(mine.invitations.map((d) => d.id)).toContain(delegationId);
    expect(await acceptDelegationAction({ code: tokenFromMail(mail) })).toMatchObject({ status: 'success', data: { endsOn: '2026-12-31' } });
  });

  it('binds an e-mail invitation to its address: another consultant holding the link is refused like an unknown code', async () => {
    process.env.FSTN_TODAY = TODAY;
    const { owner, employer } = await company();
    const invited = await createUser(prisma, { role: 'CONSULTANT' });
    const other = await createUser(prisma, { role: 'CONSULTANT' });
    actAs(owner);
    const result = await inviteConsultantAction({ employerId: employer.id, method: 'EMAIL', email: invited.email, startsOn: parts(TODAY) });
    const token = tokenFromMail(mailsFor(result.status === 'success' ? result.data.delegationId : '')[0]!);
    actAs(other);
    expect(await acceptDelegationAction({ code: token })).toMatchObject({
      status: 'error',
      fieldErrors: { code: ['Codice di delega non valido, scaduto o già usato: chiedi all’azienda un nuovo invito'] },
    });
    await expectNoAccess(other, employer.id);
  });

  it('refuses an address that belongs to a non-consultant account, a start in the past, an end before the start and a missing e-mail, saving nothing', async () => {
    process.env.FSTN_TODAY = TODAY;
    const { owner, employer } = await company();
    const anotherEmployer = await createUser(prisma, { role: 'EMPLOYER' });
    actAs(owner);
    expect(await inviteConsultantAction({ employerId: employer.id, method: 'EMAIL', email: anotherEmployer.email, startsOn: parts(TODAY) })).toMatchObject({
      status: 'error',
      code: 'DOMAIN',
      fieldErrors: { email: [expect.stringContaining('non è di un consulente')] },
    });
    expect(await inviteConsultantAction({ employerId: employer.id, method: 'CODE', startsOn: parts('2026-03-01') })).toMatchObject({
      status: 'error',
      fieldErrors: { startsOn: ['La data di inizio non può essere passata: indica oggi o una data futura'] },
    });
    expect(await inviteConsultantAction({ employerId: employer.id, method: 'EMAIL', email: '', startsOn: parts('2026-04-01'), endsOn: parts('2026-03-31') })).toMatchObject({
      status: 'error',
      code: 'VALIDATION',
      fieldErrors: {
        email: ['Inserisci l’indirizzo e-mail del consulente'],
        endsOn: ['La data di fine deve essere uguale o successiva alla data di inizio'],
      },
    });
    expect(await inviteConsultantAction({ employerId: employer.id, method: 'CODE', startsOn: { day: '31', month: '2', year: '2026' } })).toMatchObject({
      status: 'error',
      fieldErrors: { startsOn: ['La data di inizio deve essere una data reale, ad esempio 1 3 2026'] },
    });
    expect(await prisma.delegation.count({ where: { employerId: employer.id } })).toBe(0);
  });

  it('refuses a second invitation to a consultant who already has one pending or active', async () => {
    process.env.FSTN_TODAY = TODAY;
    const { owner, employer } = await company();
    const consultant = await createUser(prisma, { role: 'CONSULTANT' });
    actAs(owner);
    expect((await inviteConsultantAction({ employerId: employer.id, method: 'EMAIL', email: consultant.email, startsOn: parts(TODAY) })).status).toBe('success');
    expect(await inviteConsultantAction({ employerId: employer.id, method: 'EMAIL', email: consultant.email, startsOn: parts(TODAY) })).toMatchObject({
      status: 'error',
      fieldErrors: { email: [expect.stringContaining('già una delega attiva o un invito in attesa')] },
    });
  });
});

describe('an employer creates a delegation code', () => {
  it('shows the code once; a consultant types it in any case with spaces and accepts; it cannot be used twice', async () => {
    process.env.FSTN_TODAY = TODAY;
    const { owner, employer } = await company();
    const first = await createUser(prisma, { role: 'CONSULTANT' });
    const second = await createUser(prisma, { role: 'CONSULTANT' });
    actAs(owner);
    const result = await inviteConsultantAction({ employerId: employer.id, method: 'CODE', startsOn: parts('2026-03-10'), endsOn: parts('2026-06-30') });
    expect(result.status).toBe('success');
    const code = result.status === 'success' && result.data.method === 'CODE' ? result.data.code : '';
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);

    actAs(second);
    const typed = `${code.slice(0, 4).toLowerCase()} ${code.slice(4, 8)}-${code.slice(8)}`;
    actAs(first);
    expect(await acceptDelegationAction({ code: typed })).toMatchObject({ status: 'success', data: { startsOn: '2026-03-10', endsOn: '2026-06-30' } });
    actAs(second);
    expect(await acceptDelegationAction({ code })).toMatchObject({ status: 'error', code: 'DOMAIN' });

    // Accepted but not started yet: no access before 10 March, access from then to 30 June, none after.
    await expectNoAccess(first, employer.id);
    process.env.FSTN_TODAY = '2026-03-10';
    actAs(first);
    await expect(requireEmployerAccess(employer.id, 'write')).resolves.toMatchObject({ via: 'delegation' });
    process.env.FSTN_TODAY = '2026-06-30';
    await expect(requireEmployerAccess(employer.id, 'read')).resolves.toMatchObject({ via: 'delegation' });
    process.env.FSTN_TODAY = '2026-07-01';
    await expectNoAccess(first, employer.id);
  });

  it('rejects a malformed code with the format message and an expired invitation like an unknown one', async () => {
    process.env.FSTN_TODAY = TODAY;
    const { owner, employer } = await company();
    const consultant = await createUser(prisma, { role: 'CONSULTANT' });
    actAs(consultant);
    expect(await acceptDelegationAction({ code: 'ABC' })).toMatchObject({
      status: 'error',
      code: 'VALIDATION',
      fieldErrors: { code: ['Il codice di delega è formato da 12 caratteri, ad esempio K7QD-9M2X-4TBH'] },
    });
    actAs(owner);
    const result = await inviteConsultantAction({ employerId: employer.id, method: 'CODE', startsOn: parts(TODAY) });
    const code = result.status === 'success' && result.data.method === 'CODE' ? result.data.code : '';
    await prisma.delegation.updateMany({ where: { employerId: employer.id }, data: { inviteExpiresAt: new Date(Date.now() - 1000) } });
    actAs(consultant);
    expect(await acceptDelegationAction({ code })).toMatchObject({ status: 'error', fieldErrors: { code: [expect.stringContaining('scaduto')] } });
  });

  it('blocks a consultant after 10 wrong codes in 15 minutes, even when the 11th is right', async () => {
    process.env.FSTN_TODAY = TODAY;
    const { owner, employer } = await company();
    const guesser = await createUser(prisma, { role: 'CONSULTANT' });
    actAs(owner);
    const result = await inviteConsultantAction({ employerId: employer.id, method: 'CODE', startsOn: parts(TODAY) });
    const code = result.status === 'success' && result.data.method === 'CODE' ? result.data.code : '';
    actAs(guesser);
    for (let i = 0; i < 10; i++) {
      const wrong = await acceptDelegationAction({ code: `${'0'.repeat(11)}${'123456789A'[i]}` });
      expect(wrong.status === 'error' && wrong.fieldErrors.code?.[0]).toMatch(/non valido/);
    }
    expect(await acceptDelegationAction({ code })).toMatchObject({ status: 'error', fieldErrors: { code: [expect.stringContaining('Troppi tentativi')] } });
    expect((await prisma.delegation.findFirstOrThrow({ where: { employerId: employer.id } })).status).toBe('PENDING');
  });
});

describe('invitations are rate-limited per employer account, in PostgreSQL', () => {
  it('allows 30 invitations an hour and refuses the 31st with a clear message', async () => {
    process.env.FSTN_TODAY = TODAY;
    const { owner, employer } = await company();
    actAs(owner);
    for (let i = 0; i < 30; i++) expect((await inviteConsultantAction({ employerId: employer.id, method: 'CODE', startsOn: parts(TODAY) })).status).toBe('success');
    expect(await inviteConsultantAction({ employerId: employer.id, method: 'CODE', startsOn: parts(TODAY) })).toMatchObject({
      status: 'error',
      formErrors: ['Hai creato troppi inviti nell’ultima ora: riprova più tardi'],
    });
    expect(await prisma.delegation.count({ where: { employerId: employer.id } })).toBe(30);
  });
});

describe('revocation and expiry stop access at once', () => {
  it('the employer revokes: the consultant loses read and write access on the next call, and its scheduled reminders for the client stop', async () => {
    process.env.FSTN_TODAY = TODAY;
    const { owner, employer } = await company();
    const consultant = await createUser(prisma, { role: 'CONSULTANT' });
    const delegation = await createDelegation(prisma, { employerId: employer.id, consultantId: consultant.id, createdById: owner.id, startsOn: '2025-01-01' });
    const reminder = await prisma.reminder.create({
      data: { userId: consultant.id, employerId: employer.id, kind: 'FILING_WINDOW_CLOSING', deadlineKey: `x:${delegation.id}`, deadline: new Date('2026-03-20'), sendOn: new Date('2026-03-15') },
    });
    actAs(consultant);
    await expect(requireEmployerAccess(employer.id, 'write')).resolves.toMatchObject({ via: 'delegation' });

    actAs(owner);
    expect(await revokeDelegationAction({ delegationId: delegation.id })).toMatchObject({ status: 'success' });
    await expectNoAccess(consultant, employer.id);
    expect((await prisma.reminder.findUniqueOrThrow({ where: { id: reminder.id } })).status).toBe('CANCELLED');
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: delegation.id, action: 'delegation.revoke' } });
    expect([audit.actorUserId, audit.onBehalfOfEmployerId]).toEqual([owner.id, employer.id]);

    actAs(owner);
    expect(await revokeDelegationAction({ delegationId: delegation.id })).toMatchObject({ status: 'error', formErrors: ['Questa delega è già stata revocata'] });
  });

  it('the consultant gives up a delegation; it cannot revoke someone else’s, nor can another employer', async () => {
    process.env.FSTN_TODAY = TODAY;
    const { owner, employer } = await company();
    const consultant = await createUser(prisma, { role: 'CONSULTANT' });
    const otherConsultant = await createUser(prisma, { role: 'CONSULTANT' });
    const stranger = await createUser(prisma, { role: 'EMPLOYER' });
    const delegation = await createDelegation(prisma, { employerId: employer.id, consultantId: consultant.id, createdById: owner.id });

    for (const user of [otherConsultant, stranger]) {
      actAs(user);
      expect(await revokeDelegationAction({ delegationId: delegation.id })).toMatchObject({ status: 'error', formErrors: ['Delega non trovata'] });
    }
    actAs(consultant);
    expect(await revokeDelegationAction({ delegationId: delegation.id })).toMatchObject({ status: 'success' });
    await expectNoAccess(consultant, employer.id);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: delegation.id, action: 'delegation.revoke' } });
    expect([audit.actorUserId, audit.onBehalfOfEmployerId, (audit.after as { by: string }).by]).toEqual([consultant.id, employer.id, 'consultant']);
  });

  it('an expired delegation (ended yesterday) and a revoked one with dates still running give no access', async () => {
    process.env.FSTN_TODAY = TODAY;
    const { owner, employer } = await company();
    const expired = await createUser(prisma, { role: 'CONSULTANT' });
    const revoked = await createUser(prisma, { role: 'CONSULTANT' });
    await createDelegation(prisma, { employerId: employer.id, consultantId: expired.id, createdById: owner.id, startsOn: '2025-01-01', endsOn: '2026-03-01' });
    await createDelegation(prisma, { employerId: employer.id, consultantId: revoked.id, createdById: owner.id, startsOn: '2025-01-01', status: 'REVOKED' });
    await expectNoAccess(expired, employer.id);
    await expectNoAccess(revoked, employer.id);
    process.env.FSTN_TODAY = '2026-03-01';
    actAs(expired);
    await expect(requireEmployerAccess(employer.id, 'read')).resolves.toMatchObject({ via: 'delegation' });
  });
});

describe('who may manage and see delegations', () => {
  it('a delegated consultant cannot invite or revoke other consultants for its client', async () => {
    process.env.FSTN_TODAY = TODAY;
    const { owner, employer } = await company();
    const consultant = await createUser(prisma, { role: 'CONSULTANT' });
    const colleague = await createUser(prisma, { role: 'CONSULTANT' });
    await createDelegation(prisma, { employerId: employer.id, consultantId: consultant.id, createdById: owner.id });
    const colleagueDelegation = await createDelegation(prisma, { employerId: employer.id, consultantId: colleague.id, createdById: owner.id });
    actAs(consultant);
    expect(await inviteConsultantAction({ employerId: employer.id, method: 'CODE', startsOn: parts(TODAY) })).toMatchObject({ status: 'error', code: 'FORBIDDEN' });
    expect(await revokeDelegationAction({ delegationId: colleagueDelegation.id })).toMatchObject({ status: 'error', formErrors: ['Delega non trovata'] });
  });

  it('an employer cannot invite for, or list the delegations of, another company', async () => {
    process.env.FSTN_TODAY = TODAY;
    const { employer } = await company();
    const stranger = await createUser(prisma, { role: 'EMPLOYER' });
    actAs(stranger);
    expect(await inviteConsultantAction({ employerId: employer.id, method: 'CODE', startsOn: parts(TODAY) })).toMatchObject({ status: 'error', code: 'FORBIDDEN' });
    await expect(listEmployerDelegations(employer.id)).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('staff see every delegation, searchable by company, consultant or address and filterable by state; employers and consultants cannot', async () => {
    process.env.FSTN_TODAY = TODAY;
    const { owner, employer } = await company();
    const consultant = await createUser(prisma, { role: 'CONSULTANT', name: `Studio Zeta ${Date.now()}` });
    await createDelegation(prisma, { employerId: employer.id, consultantId: consultant.id, createdById: owner.id });
    await createDelegation(prisma, { employerId: employer.id, consultantId: consultant.id, createdById: owner.id, status: 'REVOKED' });
    const staff = await createUser(prisma, { role: 'STAFF' });
    actAs(staff);
    const all = await listAllDelegations({ q: consultant.name, page: 1, pageSize: 20 });
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => r.state).sort()).toEqual(['ACTIVE', 'REVOKED']);
    expect(all.rows[0]).toMatchObject({ employerId: employer.id, consultant: { name: consultant.name } });
    expect((await listAllDelegations({ q: employer.codiceFiscale, state: 'REVOKED', page: 1, pageSize: 20 })).total).toBe(1);
    for (const user of [owner, consultant]) {
      actAs(user);
      await expect(listAllDelegations({ page: 1, pageSize: 20 })).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });
});
