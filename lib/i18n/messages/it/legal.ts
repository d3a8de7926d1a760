// The footer's pages: accessibility statement, privacy notice, legal notes. Short and factual:
// what the service does with data and how to reach the people responsible.
const legal = {
  updated: 'Ultimo aggiornamento: {date}',
  accessibility: {
    title: 'Dichiarazione di accessibilità',
    lead: 'Il Fondo di solidarietà del Trentino si impegna a rendere accessibile questo servizio, come richiedono la legge 9 gennaio 2004, n. 4 e le Linee guida AgID sull’accessibilità degli strumenti informatici.',
    sections: [
      {
        heading: 'Stato di conformità',
        paragraphs: [
          'Il servizio è parzialmente conforme ai requisiti della norma UNI EN 301549 e alle WCAG 2.1 livello AA.',
          'Ogni pagina è verificata automaticamente con lo strumento axe a ogni modifica del servizio, e tutte le funzioni si possono usare anche senza JavaScript e solo con la tastiera. Una valutazione manuale completa con tecnologie assistive non è ancora stata svolta: per questo la conformità è dichiarata parziale.',
        ],
      },
      {
        heading: 'Contenuti non accessibili',
        paragraphs: [
          'I grafici delle finestre mobili e dei report usano colori e motivi; le stesse cifre sono sempre riportate anche in tabelle di testo.',
          'Le ricevute in PDF sono generate automaticamente e potrebbero non essere pienamente navigabili con i lettori di schermo; gli stessi dati sono nella pagina della domanda.',
        ],
      },
      {
        heading: 'Segnalare un problema',
        paragraphs: [
          'Se incontri una barriera, scrivi al Comitato amministratore del Fondo con i recapiti indicati nella pagina del Fondo sul sito dell’INPS, descrivendo la pagina e il problema: ti risponderemo entro 30 giorni.',
          'Se la risposta non è soddisfacente o non arriva, puoi inviare una segnalazione all’Agenzia per l’Italia Digitale (AgID) con il modulo disponibile su form.agid.gov.it.',
        ],
      },
    ],
  },
  privacy: {
    title: 'Informativa privacy',
    lead: 'Come questo servizio tratta i dati personali, ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 (GDPR).',
    sections: [
      {
        heading: 'Quali dati trattiamo',
        paragraphs: [
          'Dati di chi usa il servizio: nome, indirizzo e-mail, ruolo e registro degli accessi e delle operazioni.',
          'Dati delle aziende e dei loro lavoratori inseriti per le domande: codice fiscale, nome, contratto, orario, retribuzione, periodi di sospensione o riduzione e composizione del nucleo familiare nella misura necessaria per l’assegno.',
          'Il simulatore pubblico non salva nulla: i dati inseriti servono solo a calcolare il risultato mostrato.',
        ],
      },
      {
        heading: 'Perché e su quale base',
        paragraphs: [
          'Per istruire e decidere le domande di assegno di integrazione salariale del Fondo (art. 40 d.lgs. 148/2015) e per i controlli previsti dalla legge: esecuzione di un compito di interesse pubblico e adempimento di obblighi di legge (art. 6, par. 1, lett. c ed e del GDPR).',
        ],
      },
      {
        heading: 'Chi vede i dati e per quanto tempo',
        paragraphs: [
          'Vedono i dati di un’azienda solo le persone che la rappresentano, i consulenti del lavoro a cui l’azienda ha dato una delega e il personale del Comitato amministratore. Ogni accesso e ogni modifica sono registrati.',
          'Le domande presentate e i loro allegati sono conservati per il tempo previsto dalle norme sulla conservazione degli atti amministrativi; le bozze scartate e le anteprime di importazione sono cancellate.',
        ],
      },
      {
        heading: 'Cookie',
        paragraphs: [
          'Usiamo solo cookie tecnici: quello della sessione dopo l’accesso e quello della lingua scelta. Non usiamo cookie di profilazione né strumenti di statistica di terze parti.',
        ],
      },
      {
        heading: 'I tuoi diritti',
        paragraphs: [
          'Puoi chiedere l’accesso ai tuoi dati, la rettifica, la limitazione o opporti al trattamento (articoli 15–22 del GDPR) scrivendo al titolare del trattamento con i recapiti indicati nella pagina del Fondo sul sito dell’INPS.',
          'Puoi anche presentare un reclamo al Garante per la protezione dei dati personali (www.garanteprivacy.it).',
        ],
      },
    ],
  },
  notes: {
    title: 'Note legali',
    lead: 'Condizioni d’uso del servizio e dei suoi contenuti.',
    sections: [
      {
        heading: 'Valore dei calcoli',
        paragraphs: [
          'Le simulazioni e i calcoli mostrati applicano le norme citate accanto a ogni risultato, ma non sono un provvedimento: sulle domande decide il Comitato amministratore del Fondo e l’assegno è pagato dall’INPS.',
          'Dove una norma si presta a più letture il servizio lo segnala («lettura inferita» o «non confermato») accanto alla citazione.',
        ],
      },
      {
        heading: 'Contenuti e dati di terzi',
        paragraphs: [
          'I testi del servizio possono essere riprodotti citando la fonte. L’elenco dei comuni italiani proviene dall’Anagrafe nazionale della popolazione residente (ANPR) del Ministero dell’Interno, con licenza CC BY 4.0.',
          'I collegamenti alle norme portano a siti esterni (ad esempio Normattiva e INPS), del cui contenuto il servizio non è responsabile.',
        ],
      },
      {
        heading: 'Uso corretto',
        paragraphs: [
          'Chi presenta una domanda dichiara che i dati inseriti sono veri. Le dichiarazioni false sono punite dalla legge (art. 76 d.P.R. 445/2000) e comportano la perdita dei benefici ottenuti.',
        ],
      },
    ],
  },
};
export default legal;
