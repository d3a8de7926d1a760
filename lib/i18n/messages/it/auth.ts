const auth = {
  signIn: {
    title: 'Accedi',
    intro: 'Accedi con l’indirizzo e-mail e la password del tuo account. Il simulatore pubblico non richiede l’accesso.',
    email: 'Indirizzo e-mail',
    password: 'Password',
    submit: 'Accedi',
    submitting: 'Accesso in corso…',
    invalid: 'L’indirizzo e-mail o la password non sono corretti',
    rateLimited: 'Troppi tentativi di accesso. Riprova tra {minutes, plural, one {# minuto} other {# minuti}}.',
    unavailable: 'Il servizio di accesso non è disponibile in questo momento. Riprova tra qualche minuto.',
    simulatorLink: 'Prova il simulatore senza accedere',
    alreadySignedIn: 'Hai già effettuato l’accesso.',
    demoTitle: 'Account dimostrativi',
  },
  signOut: {
    title: 'Esci',
    body: 'Vuoi uscire dal servizio? Le richieste salvate restano disponibili al prossimo accesso.',
    submit: 'Esci',
    cancel: 'Annulla e torna al servizio',
    doneTitle: 'Sei uscito dal servizio',
    signInAgain: 'Accedi di nuovo',
    done: 'Sei uscito dal servizio.',
  },
};
export default auth;
