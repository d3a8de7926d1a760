'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { safeReturnPath } from '@/lib/navigation';
import { acceptDelegationSchema, acceptInvitationSchema, inviteConsultantSchema, revokeDelegationSchema } from '@/lib/schemas/delegation';
import { acceptDelegation, acceptInvitationById, inviteConsultant, revokeDelegation } from '@/lib/server/data/delegations';
import { defineAction } from './define-action';

/** The employer invites a consultant by e-mail or creates a code to hand over. */
export const inviteConsultantAction = defineAction({
  name: 'delegation.invite',
  input: inviteConsultantSchema,
  roles: ['EMPLOYER'],
  employer: { id: (input) => input.employerId, mode: 'write' },
  run: async (input, ctx) => {
    const result = await inviteConsultant(input, ctx.locale);
    revalidatePath(`/aziende/${input.employerId}/deleghe`);
    return result;
  },
});

/** The consultant accepts an invitation (token from the e-mail link, or the code it was given). */
export const acceptDelegationAction = defineAction({
  name: 'delegation.accept',
  input: acceptDelegationSchema,
  roles: ['CONSULTANT'],
  run: async (input) => {
    const result = await acceptDelegation(input.code);
    revalidatePath('/consulente');
    revalidatePath('/consulente/deleghe');
    return result;
  },
});

/** The consultant accepts, from its list, an e-mail invitation addressed to its own account. */
export const acceptInvitationAction = defineAction({
  name: 'delegation.acceptInvitation',
  input: acceptInvitationSchema,
  roles: ['CONSULTANT'],
  run: async (input) => {
    const result = await acceptInvitationById(input.delegationId);
    revalidatePath('/consulente');
    revalidatePath('/consulente/deleghe');
    // A form post comes back to its page with the outcome (Post/Redirect/Get, works without JS).
    if (input.returnTo) redirect(`${safeReturnPath(input.returnTo, '/consulente/deleghe')}?esito=accettata&azienda=${encodeURIComponent(result.employerId)}`);
    return result;
  },
});

/** Either side ends a delegation, or withdraws or declines an invitation. Access stops at once. */
export const revokeDelegationAction = defineAction({
  name: 'delegation.revoke',
  input: revokeDelegationSchema,
  roles: ['EMPLOYER', 'CONSULTANT'],
  run: async (input) => {
    const result = await revokeDelegation(input.delegationId);
    revalidatePath(`/aziende/${result.employerId}/deleghe`);
    revalidatePath('/consulente');
    revalidatePath('/consulente/deleghe');
    if (input.returnTo) redirect(`${safeReturnPath(input.returnTo, '/')}?esito=revocata`);
    return result;
  },
});
