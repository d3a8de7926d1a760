export const remindersValidation = {
  it: {
    'reminders.notFound': 'Promemoria non trovato',
    'reminders.alreadySent': 'Questo promemoria è già stato inviato o annullato: non si può più modificare',
  },
  en: {
    'reminders.notFound': 'Reminder not found',
    'reminders.alreadySent': 'This reminder has already been sent or cancelled: it can no longer be changed',
  },
} as const;
