// The legal and administrative sources the parameters and rules cite (digest §0.3 source register).
import type { LegalSource } from '../core/citation';

const normattiva148 = (art: number) => `https://www.normattiva.it/uri-res/N2Ls?urn:nir:::2015;148~art${art}`;
const gu2019 = (art: number) =>
  `https://www.gazzettaufficiale.it/atto/serie_generale/caricaArticolo?art.versione=1&art.idGruppo=0&art.flagTipoArticolo=0&art.codiceRedazionale=19A06322&art.idArticolo=${art}&art.idSottoArticolo=1&art.idSottoArticolo1=10&art.dataPubblicazioneGazzetta=2019-10-12&art.progressivo=0`;

export const SOURCES = {
  D148: { act: 'D.Lgs. 14 settembre 2015 n. 148', short: 'D.Lgs. 148/2015', articleUrl: normattiva148, status: 'P' },
  DI2016: {
    act: 'D.I. 1 giugno 2016 n. 96077 (GU n. 180 del 3 agosto 2016)',
    short: 'D.I. 96077/2016',
    url: 'https://www.inps.it/it/it/dettaglio-scheda.it.schede-servizio-strumento.schede-servizi.fondo-di-solidariet-del-trentino-50601.fondo-di-solidariet-del-trentino.html',
    status: 'S',
  },
  DI2019: {
    act: 'D.I. 9 agosto 2019 n. 103593 (GU n. 240 del 12 ottobre 2019)',
    short: 'D.I. 103593/2019',
    articleUrl: gu2019,
    status: 'P',
  },
  DI2023: {
    act: 'D.I. 15 novembre 2023 (GU n. 9 del 12 gennaio 2024)',
    short: 'D.I. 15/11/2023',
    url: 'https://www.gazzettaufficiale.it/atto/serie_generale/caricaArticoloDefault/originario?atto.codiceRedazionale=24A00074&atto.dataPubblicazioneGazzetta=2024-01-12&atto.tipoProvvedimento=DECRETO',
    status: 'S',
  },
  C112: {
    act: 'INPS circolare 16 luglio 2025 n. 112',
    short: 'INPS circ. 112/2025',
    url: 'https://www.iqnotizie.it/notizia/IQ38908',
    status: 'S',
  },
  MSG370: {
    act: 'INPS messaggio 26 gennaio 2024 n. 370',
    short: 'INPS msg. 370/2024',
    url: 'https://eclavoro.it/fondo-territoriale-intersettoriale-provincia-autonoma-trento-istruzioni-inps',
    status: 'S',
  },
  MSG327: {
    act: 'INPS messaggio 24 gennaio 2017 n. 327',
    short: 'INPS msg. 327/2017',
    url: 'https://www.consulentidellavoro.it/home/storico-articoli/7211-fondo-solidarieta-trentino-le-istruzioni-inps',
    status: 'S',
  },
  C156: {
    act: 'INPS circolare 29 dicembre 2020 n. 156',
    short: 'INPS circ. 156/2020',
    url: 'http://www.seasoft.it/inps-circolare-n-156-del-29-12-2020-fondo-solidarieta-trentino-modifiche/',
    status: 'S',
  },
  C197_16: {
    act: 'INPS circolare 11 novembre 2016 n. 197',
    short: 'INPS circ. 197/2016',
    url: 'https://lavorofacile.it/news/provincia-autonoma-di-trento-istruzioni-operative-per-accedere-al-fondo-territoriale-intersettoriale',
    status: 'S',
  },
  MSG1282_22: {
    act: 'INPS messaggio 2022 n. 1282 (massimali 2022)',
    short: 'INPS msg. 1282/2022',
    url: 'http://pensionioggi.it/notizie/lavoro/cassa-integrazione-importo-piu-alto-anche-per-i-trattamenti-tra-il-2021-ed-il-2022',
    status: 'S',
  },
  C14_23: {
    act: 'INPS circolare 2023 n. 14 (massimali 2023)',
    short: 'INPS circ. 14/2023',
    url: 'https://www.dottrinalavoro.it/notizie-c/inps-importi-massimi-dei-trattamenti-di-integrazione-salariale-e-della-naspi-per-il-2023',
    status: 'S',
  },
  C25_24: {
    act: 'INPS circolare 29 gennaio 2024 n. 25 (massimali 2024)',
    short: 'INPS circ. 25/2024',
    url: 'https://enna.ance.it/2024/02/16/inps-circ-n-25-2024-importi-massimi-dei-trattamenti-di-integrazione-salariale-e-naspi-relativi-allanno-2024',
    status: 'S',
  },
  C25_25: {
    act: 'INPS circolare 29 gennaio 2025 n. 25 (massimali 2025)',
    short: 'INPS circ. 25/2025',
    url: 'https://www.ansa.it/sito/notizie/economia/2025/01/30/inps-nel-2025-tetto-importo-cig-sale-a-1.404-euro-lordi_a3da3dc3-c2d0-47d1-b1e0-ee1cdcb2bf6e.html',
    status: 'S',
  },
  C4_26: {
    act: 'INPS circolare 28 gennaio 2026 n. 4 (massimali 2026)',
    short: 'INPS circ. 4/2026',
    url: 'https://ntpluslavoro.ilsole24ore.com/art/nel-2026-cig-mensile-netta-importo-massimo-134056-euro-AIjfuu6',
    status: 'S',
  },
  L41_86: { act: 'L. 28 febbraio 1986 n. 41', short: 'L. 41/1986', status: 'S' },
  C18_22: {
    act: 'INPS circolare 1 febbraio 2022 n. 18',
    short: 'INPS circ. 18/2022',
    url: 'https://gest.ateneoweb.com/amp/notizie/la-legge-di-bilancio-amplia-la-platea-dii-lavoratori-destinatari-delle-integrazioni-salariali-e-anzianita-di-effettivo-lavoro.html',
    status: 'S',
  },
  C5_25: {
    act: 'INPS circolare 20 gennaio 2025 n. 5',
    short: 'INPS circ. 5/2025',
    url: 'https://ratio.it/dal-1012025-ridotti-gli-oneri-fis-e-addizionale-cigcigs',
    status: 'S',
  },
  C58_09: {
    act: 'INPS circolare 20 aprile 2009 n. 58 (e msg. 13719/2009)',
    short: 'INPS circ. 58/2009',
    url: 'https://lavorofacile.it/news/inps-piu-flessibilita-per-la-cassa-integrazione',
    status: 'S',
  },
  MIN17_17: {
    act: 'Ministero del lavoro circolare 8 novembre 2017 n. 17',
    short: 'Min. lavoro circ. 17/2017',
    url: 'https://fesica.roma.it/chiarimenti-in-merito-ai-concetti-di-quinquennio-mobile-e-biennio-mobile-in-riferimento-ai-trattamenti-di-integrazione-salariale-circolare-del-ministero-del-lavoro-17-del-08112017/',
    status: 'S',
  },
  C176_16: {
    act: 'INPS circolare 9 settembre 2016 n. 176',
    short: 'INPS circ. 176/2016',
    url: 'http://quotidianolavoro.ilsole24ore.com/art/section_empty/2020-12-15/computo-lavoratori-termine-il-fis-180410.php',
    status: 'S',
  },
  BUSSOLA: {
    act: 'INPS, Requisiti occupazionali – limiti dimensionali',
    short: 'INPS limiti dimensionali',
    url: 'https://www.inps.it/bussola/visualizzadoc.aspx?sVirtuAlURL=/docallegati/mig/doc/Professionista/aliquote/Aliquote/Industria/../Limiti%20dimensionali.htm&iIDDalPortale=4766',
    status: 'S',
  },
  DL18: {
    act: 'D.L. 17 marzo 2020 n. 18',
    short: 'D.L. 18/2020',
    url: 'https://www.gazzettaufficiale.it/eli/id/2020/03/17/20G00034/sg',
    status: 'P',
  },
  DL34: {
    act: 'D.L. 19 maggio 2020 n. 34',
    short: 'D.L. 34/2020',
    url: 'https://www.consulentidellavoroviterbo.it/decreto-rilancio-e-ammortizzatori-sociali-gli-approfondimenti-della-fondazione-studi/',
    status: 'S',
  },
  DL4_22: { act: 'D.L. 27 gennaio 2022 n. 4 conv. L. 25/2022', short: 'D.L. 4/2022', status: 'P' },
  DL21_22: { act: 'D.L. 21 marzo 2022 n. 21 conv. L. 51/2022', short: 'D.L. 21/2022', status: 'P' },
  L234_21: { act: 'L. 30 dicembre 2021 n. 234', short: 'L. 234/2021', status: 'P' },
  FIS_DI22: { act: 'D.I. 21 luglio 2022 (FIS)', short: 'D.I. FIS 2022', status: 'P' },
  SEED4: { act: 'Nota "Emergenza COVID-19 – strumenti di integrazione salariale D.L. 18/2020"', short: 'Nota COVID-19 2020', status: 'S' },
  SEED3: {
    act: "Regolamento di esecuzione dell'art. 1 della L.R. 15 luglio 2009 n. 5 (Trentino-Alto Adige)",
    short: 'Reg. L.R. 5/2009',
    status: 'P',
  },
  SOLE_CALC: { act: 'Il Sole 24 Ore, calcolo delle integrazioni salariali', short: 'Sole 24 Ore (calcolo CIG)', url: 'https://ntpluslavoro.ilsole24ore.com/art/ACS1hybB?uuid=ACS1hybB', status: 'S' },
  PMI20: {
    act: 'PMI.it 2020, ragguaglio orario del massimale',
    short: 'PMI.it 2020',
    url: 'https://www.pmi.it/economia/lavoro/331594/cassa-integrazione-metalmeccanici-come-funziona.html',
    status: 'S',
  },
  SARD7: {
    act: 'Art. 7 c. 3 d.lgs. 148/2015 (termine per il conguaglio)',
    short: 'D.Lgs. 148/2015 art. 7 c. 3',
    url: 'https://sardegnapaghe.com/termine-per-richiesta-rimborso-conguaglio-cig-delle-somme-anticipate-lavoratori',
    status: 'S',
  },
  MSG1360: {
    act: 'INPS messaggio 31 marzo 2021 n. 1360 (delibera del Comitato 16017/2021)',
    short: 'INPS msg. 1360/2021',
    url: 'https://quotidianolavoro.ilsole24ore.com/art/rapporto-lavoro/2021-04-01/fondo-solidarieta-trentino-via-domande-integrative-naspi-120824.php',
    status: 'S',
  },
  DL104: { act: 'D.L. 14 agosto 2020 n. 104', short: 'D.L. 104/2020', status: 'P' },
  UNIONE20: {
    act: 'Unione Commercio Turismo Servizi Trento, 3 aprile 2020 (determinazione del Presidente del Fondo)',
    short: 'Unione CTS Trento 2020',
    url: 'https://unione.tn.it/notizia/accesso-al-fondo-di-solidariet-del-trentino-non-obbligatoria-la-fruizione-delle-ferie',
    status: 'S',
  },
  LABUSA19: { act: 'Labusa, riforma del Fondo di solidarietà del Trentino (2019)', short: 'Labusa 2019', url: 'https://labusa.info/?p=43453', status: 'S' },
  TETTO17: {
    act: 'Consulenti del lavoro Lombardia, fondi di solidarietà: i diversi limiti del tetto aziendale (21 settembre 2017)',
    short: 'CdL Lombardia 2017',
    url: 'http://www.consulentidellavoro.lo.it/2017/09/21/fondi-di-solidariet-i-diversi-limiti-del-tetto-aziendale/',
    status: 'S',
  },
  DIGEST: { act: 'Digest delle regole FSTN, letture di default (§J)', short: 'Digest FSTN', status: 'I' },
} as const satisfies Record<string, LegalSource>;
