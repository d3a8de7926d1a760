// Validation messages are keys (e.g. 'auth.email.required') so the same zod schema serves the
// Italian and the English UI, the JSON API and the CLI. Each feature keeps its own file and
// adds it to `catalogues` below and its key prefixes to `catalogueLoaders` in ./lazy.ts (the
// browser's forms load catalogues from there, one at a time). A message that is not a known key
// is shown as written.
import type { Locale } from '@/lib/i18n/config';
import { authValidation } from './auth';
import { commonValidation } from './common';
import { companyValidation } from './company';
import { bulkImportValidation } from './bulk-import';
import { delegationValidation } from './delegation';
import { remindersValidation } from './reminders';
import { requestValidation } from './request';
import { reviewValidation } from './review';
import { simulationValidation } from './simulation';
import { simulatorValidation } from './simulator';
import { workforceValidation } from './workforce';

type Catalogue = { it: Record<string, string>; en: Record<string, string> };
export const catalogues: Catalogue[] = [commonValidation, authValidation, reviewValidation, delegationValidation, remindersValidation, bulkImportValidation, simulationValidation, simulatorValidation, companyValidation, workforceValidation, requestValidation];

const dictionary: Record<Locale, Record<string, string>> = {
  it: Object.assign({}, ...catalogues.map((c) => c.it)),
  en: Object.assign({}, ...catalogues.map((c) => c.en)),
};

export function translateValidationMessage(message: string, locale: Locale): string {
  return dictionary[locale][message] ?? dictionary.it[message] ?? message;
}

/** Whether a message is one of the catalogues' keys (a zod default message is not). */
export function isValidationKey(message: string): boolean {
  return Object.hasOwn(dictionary.it, message);
}
