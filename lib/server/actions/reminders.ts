'use server';
import { revalidatePath } from 'next/cache';
import { muteAllRemindersSchema, muteReminderSchema } from '@/lib/schemas/reminders';
import { muteReminder, setRemindersMutedAll } from '@/lib/server/data/reminders';
import { defineAction } from './define-action';

/** Mutes or restores one of the caller's own reminders. */
export const muteReminderAction = defineAction({
  name: 'reminders.mute',
  input: muteReminderSchema,
  roles: ['EMPLOYER', 'CONSULTANT'],
  run: async (input) => {
    const result = await muteReminder(input.reminderId, input.muted);
    revalidatePath('/promemoria');
    return result;
  },
});

/** Stops or restarts every reminder e-mail to the caller. */
export const muteAllRemindersAction = defineAction({
  name: 'reminders.muteAll',
  input: muteAllRemindersSchema,
  roles: ['EMPLOYER', 'CONSULTANT'],
  run: async (input) => {
    const result = await setRemindersMutedAll(input.mutedAll);
    revalidatePath('/promemoria');
    return result;
  },
});
