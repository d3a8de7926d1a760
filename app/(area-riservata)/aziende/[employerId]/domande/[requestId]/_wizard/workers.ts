/** Worker id → "Nome Cognome", for the allowance table. */
export function workerNamesOf(workers: ReadonlyArray<{ id: string; firstName: string; lastName: string }>): Record<string, string> {
  return Object.fromEntries(workers.map((w) => [w.id, `${w.firstName} ${w.lastName}`]));
}
