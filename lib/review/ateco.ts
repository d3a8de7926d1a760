// ATECO 2007 (= NACE Rev. 2) sections from the two-digit division of an ATECO code, for the
// reports "by sector". ISTAT, Classificazione delle attività economiche ATECO 2007.

type Section = { code: string; from: number; to: number; it: string; en: string };

export const ATECO_SECTIONS: readonly Section[] = [
  { code: 'A', from: 1, to: 3, it: 'Agricoltura, silvicoltura e pesca', en: 'Agriculture, forestry and fishing' },
  { code: 'B', from: 5, to: 9, it: 'Estrazione di minerali da cave e miniere', en: 'Mining and quarrying' },
  { code: 'C', from: 10, to: 33, it: 'Attività manifatturiere', en: 'Manufacturing' },
  { code: 'D', from: 35, to: 35, it: 'Fornitura di energia elettrica, gas, vapore e aria condizionata', en: 'Electricity, gas, steam and air conditioning supply' },
  { code: 'E', from: 36, to: 39, it: 'Fornitura di acqua; reti fognarie, gestione dei rifiuti e risanamento', en: 'Water supply; sewerage, waste management and remediation' },
  { code: 'F', from: 41, to: 43, it: 'Costruzioni', en: 'Construction' },
  { code: 'G', from: 45, to: 47, it: 'Commercio all’ingrosso e al dettaglio; riparazione di autoveicoli e motocicli', en: 'Wholesale and retail trade; repair of motor vehicles and motorcycles' },
  { code: 'H', from: 49, to: 53, it: 'Trasporto e magazzinaggio', en: 'Transportation and storage' },
  { code: 'I', from: 55, to: 56, it: 'Attività dei servizi di alloggio e di ristorazione', en: 'Accommodation and food service activities' },
  { code: 'J', from: 58, to: 63, it: 'Servizi di informazione e comunicazione', en: 'Information and communication' },
  { code: 'K', from: 64, to: 66, it: 'Attività finanziarie e assicurative', en: 'Financial and insurance activities' },
  { code: 'L', from: 68, to: 68, it: 'Attività immobiliari', en: 'Real estate activities' },
  { code: 'M', from: 69, to: 75, it: 'Attività professionali, scientifiche e tecniche', en: 'Professional, scientific and technical activities' },
  { code: 'N', from: 77, to: 82, it: 'Noleggio, agenzie di viaggio, servizi di supporto alle imprese', en: 'Administrative and support service activities' },
  { code: 'O', from: 84, to: 84, it: 'Amministrazione pubblica e difesa; assicurazione sociale obbligatoria', en: 'Public administration and defence; compulsory social security' },
  { code: 'P', from: 85, to: 85, it: 'Istruzione', en: 'Education' },
  { code: 'Q', from: 86, to: 88, it: 'Sanità e assistenza sociale', en: 'Human health and social work activities' },
  { code: 'R', from: 90, to: 93, it: 'Attività artistiche, sportive, di intrattenimento e divertimento', en: 'Arts, entertainment and recreation' },
  { code: 'S', from: 94, to: 96, it: 'Altre attività di servizi', en: 'Other service activities' },
  { code: 'T', from: 97, to: 98, it: 'Attività di famiglie e convivenze come datori di lavoro', en: 'Activities of households as employers' },
  { code: 'U', from: 99, to: 99, it: 'Organizzazioni e organismi extraterritoriali', en: 'Activities of extraterritorial organisations and bodies' },
];

/** The section of a two-digit division (e.g. 55 → I), or null for a division that does not exist. */
export function atecoSection(division: number | string | null | undefined): Section | null {
  const n = typeof division === 'string' ? Number.parseInt(division, 10) : division;
  if (n === null || n === undefined || !Number.isInteger(n)) return null;
  return ATECO_SECTIONS.find((s) => n >= s.from && n <= s.to) ?? null;
}
