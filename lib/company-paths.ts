// The company set-up pages (issue 4 §1–§2, §4), one place for their addresses so that the hub, the
// actions' redirects and other features (the request wizard's "fix it here" links) agree.
const base = (employerId: string) => `/aziende/${encodeURIComponent(employerId)}`;

export const companyPaths = {
  home: base,
  create: () => '/aziende/nuova',
  identity: (employerId: string) => `${base(employerId)}/identita`,
  sector: (employerId: string) => `${base(employerId)}/settore`,
  newUnit: (employerId: string) => `${base(employerId)}/sedi/nuova`,
  unit: (employerId: string, unitId: string) => `${base(employerId)}/sedi/${encodeURIComponent(unitId)}`,
  removeUnit: (employerId: string, unitId: string) => `${base(employerId)}/sedi/${encodeURIComponent(unitId)}/rimuovi`,
  /** Monthly headcounts of one unit; without a unit, the hub's headcounts section. */
  headcounts: (employerId: string, unitId?: string) => (unitId ? `${base(employerId)}/sedi/${encodeURIComponent(unitId)}/organico` : `${base(employerId)}#organico`),
  workers: (employerId: string) => `${base(employerId)}/lavoratori`,
  newWorker: (employerId: string) => `${base(employerId)}/lavoratori/nuovo`,
  worker: (employerId: string, workerId: string) => `${base(employerId)}/lavoratori/${encodeURIComponent(workerId)}`,
  removeWorker: (employerId: string, workerId: string) => `${base(employerId)}/lavoratori/${encodeURIComponent(workerId)}/rimuovi`,
  importWorkers: (employerId: string) => `${base(employerId)}/lavoratori/importa`,
  history: (employerId: string) => `${base(employerId)}/storico`,
  requests: (employerId: string) => `${base(employerId)}/domande`,
  request: (employerId: string, requestId: string) => `${base(employerId)}/domande/${encodeURIComponent(requestId)}`,
} as const;
