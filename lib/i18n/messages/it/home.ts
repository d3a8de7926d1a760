const home = {
  landing: {
    title: 'Assegno di integrazione salariale del Fondo di solidarietà del Trentino',
    lead: 'Verifica se la tua azienda rientra nel Fondo, quante settimane hai ancora a disposizione e quanto spetta ai lavoratori. Poi presenta la domanda, con ogni calcolo spiegato e le norme citate.',
    simulate: 'Prova il simulatore',
    signIn: 'Accedi per presentare una domanda',
    whoTitle: 'A chi è rivolto',
    who: [
      'Datori di lavoro con almeno un dipendente e almeno il 75 % del personale in unità produttive in provincia di Trento, fuori dalla CIGO e senza un fondo bilaterale.',
      'Consulenti del lavoro che seguono le aziende con una delega.',
      'Il personale del Comitato amministratore del Fondo, per l’istruttoria delle domande.',
    ],
  },
  employer: {
    title: 'Le mie aziende',
    lead: 'Le aziende per cui puoi simulare e presentare domande.',
    empty: 'Non hai ancora registrato un’azienda.',
    register: 'Registra un’azienda',
    columns: { name: 'Ragione sociale', taxCode: 'Codice fiscale', drafts: 'Bozze', open: 'Domande in corso' },
  },
  company: {
    taxCode: 'Codice fiscale',
    inpsNumber: 'Matricola INPS',
    sector: 'Settore (ATECO)',
    notProvided: 'non indicato',
    unitsTitle: 'Unità produttive',
    unitsEmpty: 'Nessuna unità produttiva registrata.',
    unitColumns: { name: 'Unità', comune: 'Comune', province: 'Provincia' },
  },
  consultant: {
    title: 'I miei clienti',
    lead: 'Le aziende che ti hanno affidato una delega attiva.',
    empty: 'Nessuna azienda ti ha ancora affidato una delega.',
    columns: { name: 'Ragione sociale', taxCode: 'Codice fiscale', since: 'Delega dal', until: 'Fino al' },
    openEnded: 'senza scadenza',
  },
  staff: {
    title: 'Coda delle domande',
    lead: 'Domande presentate al Comitato amministratore e in attesa di decisione.',
    counts: { FILED: 'Da esaminare', UNDER_REVIEW: 'In istruttoria', INFO_REQUESTED: 'In attesa di integrazioni' },
  },
  admin: {
    title: 'Utenti',
    lead: 'Account del servizio e ruoli.',
    columns: { name: 'Nome', email: 'E-mail', role: 'Ruolo', status: 'Stato' },
    active: 'Attivo',
    disabled: 'Disattivato',
  },
};
export default home;
