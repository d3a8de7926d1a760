export const authValidation = {
  it: {
    'auth.email.required': 'Inserisci il tuo indirizzo e-mail',
    'auth.email.tooLong': "L'indirizzo e-mail deve avere al massimo 254 caratteri",
    'auth.email.invalid': "Inserisci un indirizzo e-mail nel formato corretto, ad esempio nome@esempio.it",
    'auth.password.required': 'Inserisci la password',
    'auth.password.tooLong': 'La password deve avere al massimo 256 caratteri',
    'auth.password.tooShort': 'La password deve avere almeno 12 caratteri',
    'auth.session.required': 'La sessione è scaduta: accedi di nuovo per continuare',
    'auth.forbidden': 'Non hai i permessi per questa operazione',
  },
  en: {
    'auth.email.required': 'Enter your email address',
    'auth.email.tooLong': 'Email address must be 254 characters or fewer',
    'auth.email.invalid': 'Enter an email address in the correct format, like name@example.com',
    'auth.password.required': 'Enter your password',
    'auth.password.tooLong': 'Password must be 256 characters or fewer',
    'auth.password.tooShort': 'Password must be at least 12 characters',
    'auth.session.required': 'Your session has expired: sign in again to continue',
    'auth.forbidden': 'You do not have permission for this operation',
  },
} as const;
