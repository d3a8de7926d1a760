// Italian tax identifiers, validated with maintained libraries: jsvat (partita IVA check digit)
// and validator (codice fiscale of a person, check character included).
import { checkVAT, italy } from 'jsvat';
import isTaxID from 'validator/lib/isTaxID';

/** Normalises what people type: spaces removed, upper case, optional "IT" prefix dropped for P.IVA. */
export function normaliseTaxCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** Partita IVA: 11 digits whose last is the check digit (D.P.R. 633/1972 art. 35). */
export function isValidPartitaIva(value: string): boolean {
  const v = normaliseTaxCode(value).replace(/^IT/, '');
  return /^\d{11}$/.test(v) && checkVAT(`IT${v}`, [italy]).isValid;
}

/** Codice fiscale of a natural person: 16 characters with the check character (D.M. 23/12/1976). */
export function isValidPersonalCodiceFiscale(value: string): boolean {
  const v = normaliseTaxCode(value);
  return /^[A-Z0-9]{16}$/.test(v) && isTaxID(v, 'it-IT');
}

/** A company's codice fiscale: 11 digits (legal persons) or 16 characters (sole traders). */
export function isValidCompanyCodiceFiscale(value: string): boolean {
  const v = normaliseTaxCode(value);
  return v.length === 11 ? isValidPartitaIva(v) : isValidPersonalCodiceFiscale(v);
}
