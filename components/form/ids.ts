// One naming rule for form ids, shared by the inputs and the error summary so that every
// summary link lands on its field: `workers.0.hoursLost` → `workers-0-hoursLost`.

/** The id of a field's (first) control, from its form name. */
export function fieldId(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '-');
}

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** aria-describedby for a control: its hint and its error, when present. */
export function describedBy(id: string, opts: { hint?: unknown; error?: unknown; extra?: string }): string | undefined {
  const ids = [opts.extra, opts.hint ? hintId(id) : undefined, opts.error ? errorId(id) : undefined].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
