// Texts of the shared rule components (components/rules): "perché?", citations, warnings, windows.
import { WINDOW_LABELS, type WindowLabelId } from '@/lib/rules/windows/window-labels';
const rules = {
  trace: {
    summary: 'Perché?',
    source: 'Fonte:',
    rule: 'regola {rule}',
    outcome: { pass: 'Soddisfatto', fail: 'Non soddisfatto', warn: 'Attenzione', info: 'Informazione' },
  },
  citation: {
    linkLabel: '{label} — {act}',
    status: { P: 'testo normativo', S: 'fonte secondaria', I: 'lettura inferita', U: 'non confermato' },
  },
  warnings: {
    title: 'Da verificare',
    heading: '{count, plural, one {Una regola applicata non è confermata dalle fonti} other {# regole applicate non sono confermate dalle fonti}}',
    intro: 'Il calcolo usa la lettura predefinita indicata qui sotto. Il Comitato amministratore può decidere diversamente.',
    reference: 'rif. {ref}',
  },
  timeline: {
    // The names lib/rules gives its windows are the Italian ones.
    windowName: { ...WINDOW_LABELS } as Record<WindowLabelId, string>,
    heading: 'Finestre mobili dell’unità produttiva',
    range: 'dal {from} al {to}',
    summary: 'Limite {limit}: usate {used}, prenotate {reserved}, richieste ora {proposed}, residue {remaining}.',
    summaryNoProposal: 'Limite {limit}: usate {used}, prenotate {reserved}, residue {remaining}.',
    over: 'La richiesta supera il limite.',
    neutralisedNote: '{value} escluse perché neutralizzate (COVID-19).',
    axisIntro: 'Sotto, la posizione dei periodi nella finestra; l’elenco dei periodi è nella tabella che segue.',
    unit: {
      weeks: '{count, plural, one {{value} settimana} other {{value} settimane}}',
      months: '{count, plural, one {{value} mese} other {{value} mesi}}',
    },
    unitName: { weeks: 'settimane', months: 'mesi' },
    kind: {
      legend: 'Legenda',
      USED: 'Usate (autorizzate o fruite)',
      RESERVED: 'Prenotate da domande in corso',
      PROPOSED: 'Richieste con questa domanda',
      REMAINING: 'Residue',
      NEUTRALISED: 'Neutralizzate (COVID-19, non contano)',
    },
    tableCaption: 'Finestre mobili: limiti e utilizzo',
    periods: '{count, plural, one {Un periodo nella finestra} other {# periodi nella finestra}}',
    periodsCaption: 'Periodi nella finestra {window}',
    col: {
      window: 'Finestra',
      from: 'Dal',
      to: 'Al',
      limit: 'Limite',
      used: 'Usate',
      reserved: 'Prenotate',
      proposed: 'Richieste',
      remaining: 'Residue',
      neutralised: 'Neutralizzate',
      period: 'Periodo',
      kind: 'Tipo',
      cause: 'Causale',
      weeksInWindow: 'Settimane nella finestra',
    },
  },
  allowance: {
    caption: 'Assegno per lavoratore nel periodo concedibile',
    worker: 'Lavoratore',
    eligible: 'Ha diritto',
    net: 'Netto',
    totals: 'Totale',
  },
};

export default rules;
