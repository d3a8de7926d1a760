import 'server-only';
import labels from '@/lib/i18n/messages/it/labels';
import type { UnionLetterDto } from '@/lib/server/data/union-letter';
import { createPdf, formatDate, header, heading, keyValues, paragraph, toBuffer } from './document';

// The letter that opens the union information and consultation (digest G-1): what art. 14 c. 1
// d.lgs. 148/2015 asks to communicate — causes, extent and expected duration, workers involved —
// and the terms that follow (10 days up to 50 employees, 25 beyond; art. 24 for extraordinary causes).

export async function renderUnionLetter(l: UnionLetterDto): Promise<Buffer> {
  const doc = createPdf({ title: `Comunicazione sindacale — ${l.employer.legalName}`, subject: 'Informazione e consultazione sindacale (art. 14 d.lgs. 148/2015)' });
  header(doc, `${l.employer.legalName} · C.F. ${l.employer.codiceFiscale}`, 'Comunicazione di sospensione o riduzione dell’attività lavorativa');
  paragraph(doc, `${l.unit.comuneName}, ${formatDate(l.date)}`);
  paragraph(doc, `Alla cortese attenzione di: ${l.recipients ?? 'rappresentanze sindacali aziendali (RSA/RSU) e articolazioni territoriali delle organizzazioni sindacali comparativamente più rappresentative a livello nazionale'}`);
  paragraph(doc, `Oggetto: informazione e consultazione sindacale ai sensi ${l.extraordinary ? 'dell’art. 24' : 'dell’art. 14'} del d.lgs. 14 settembre 2015 n. 148 — richiesta di assegno di integrazione salariale al Fondo di solidarietà del Trentino`, { bold: true });
  paragraph(
    doc,
    `Con la presente ${l.employer.legalName} comunica che intende ricorrere all’assegno di integrazione salariale del Fondo di solidarietà del Trentino (art. 40 d.lgs. 148/2015) per ${l.reductionType === 'SUSPENSION' ? 'la sospensione dell’attività' : 'la riduzione dell’orario di lavoro'} presso l’unità produttiva indicata, per i motivi e nei termini seguenti.`,
  );
  heading(doc, 'Informazioni (art. 14 c. 1)');
  keyValues(doc, [
    ['Unità produttiva', `${l.unit.name}${l.unit.address ? `, ${l.unit.address}` : ''} — ${l.unit.comuneName} (${l.unit.provinceCode})`],
    ['Causa', labels.cause[l.cause]],
    ['Motivi', l.causeDescription],
    ['Entità', `${labels.reductionType[l.reductionType]}${l.weeklyReductionHours ? `, ${l.weeklyReductionHours} ore settimanali` : ''}`],
    ['Durata prevedibile', `dal ${formatDate(l.periodStart)} al ${formatDate(l.periodEnd)}`],
    ['Lavoratori interessati', l.workersInvolved === null ? 'da definire' : String(l.workersInvolved)],
  ]);
  heading(doc, 'Esame congiunto');
  const small = l.companyHeadcount !== null && l.companyHeadcount <= 50;
  if (l.unavoidableEvent && !l.extraordinary) {
    paragraph(doc, 'La sospensione è dovuta a un evento oggettivamente non evitabile (art. 14 c. 4). Se la riduzione supera le 16 ore settimanali, su richiesta presentata entro 3 giorni da questa comunicazione si procede a un esame congiunto sulla ripresa dell’attività e sui criteri di distribuzione degli orari, che si esaurisce nei 5 giorni successivi alla richiesta.');
  } else if (l.extraordinary) {
    paragraph(doc, `Entro 3 giorni da questa comunicazione può essere richiesto l’esame congiunto della situazione aziendale. La procedura si esaurisce entro ${small ? '10' : '25'} giorni da questa comunicazione (${small ? 'impresa fino a 50 dipendenti' : 'impresa con più di 50 dipendenti'}).${l.cause === 'SOLIDARITY_CONTRACT' ? ' Per il contratto di solidarietà è necessario un accordo aziendale.' : ''}`);
  } else {
    paragraph(doc, `Su richiesta di una delle parti si procede a un esame congiunto della situazione, anche in via telematica (art. 14 c. 2). La procedura si esaurisce entro ${small ? '10' : '25'} giorni dalla data di questa comunicazione (${small ? 'impresa fino a 50 dipendenti' : 'impresa con più di 50 dipendenti'}; art. 14 c. 3).`);
  }
  paragraph(doc, 'Restiamo a disposizione per ogni chiarimento e per fissare l’incontro.');
  doc.moveDown(2);
  paragraph(doc, `${l.employer.legalName}`, { bold: true });
  paragraph(doc, 'Il legale rappresentante');
  return toBuffer(doc);
}
