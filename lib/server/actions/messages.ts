'use server';
// Posting in a request's message thread: the employer (or its consultant, with the employer's
// write right) and the Committee's staff. lib/server/data/messages.ts checks who may post where.
import { revalidatePath } from 'next/cache';
import { postMessageSchema } from '@/lib/schemas/review';
import { defineAction } from '@/lib/server/actions/define-action';
import { postRequestMessage } from '@/lib/server/data/messages';

export const postRequestMessageAction = defineAction({
  name: 'messages.post',
  input: postMessageSchema,
  roles: ['EMPLOYER', 'CONSULTANT', 'STAFF', 'ADMIN'],
  run: async (input) => {
    const posted = await postRequestMessage(input);
    revalidatePath(`/comitato/domande/${input.requestId}`);
    revalidatePath('/aziende', 'layout');
    return posted;
  },
});
