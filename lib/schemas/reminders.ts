// Muting reminders: one reminder, or all of them. Forms post "true"/"false" strings (no JavaScript).
import { z } from 'zod';

const flag = z.preprocess((v) => (v === 'true' || v === 'on' ? true : v === 'false' || v === '' || v === undefined ? false : v), z.boolean({ error: 'common.invalid' }));

export const muteReminderSchema = z.object({
  reminderId: z.string({ error: 'common.id.invalid' }).trim().min(1, 'common.id.invalid').max(64, 'common.id.invalid'),
  muted: flag,
});
export type MuteReminderInput = z.input<typeof muteReminderSchema>;

export const muteAllRemindersSchema = z.object({ mutedAll: flag });
export type MuteAllRemindersInput = z.input<typeof muteAllRemindersSchema>;
