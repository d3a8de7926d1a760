// The names of the rolling windows, as lib/rules writes them in its results and traces (Italian,
// the language of the acts). One list, so that a user interface in another language can name
// every window (components/rules/window-name.ts) and a test can prove none is missing.
export const WINDOW_LABELS = {
  BIENNIO: 'Biennio mobile',
  BIENNIO_CDS: 'Biennio mobile (contratto di solidarietà)',
  BIENNIO_ORD_STRA: 'Biennio mobile (causali ordinarie e straordinarie)',
  BIENNIO_ORD: 'Biennio mobile (causali ordinarie)',
  CDS_BIENNIO: 'Contratto di solidarietà (biennio mobile)',
  CDS_QUINQUENNIO: 'Contratto di solidarietà (quinquennio mobile)',
  CRISIS_QUINQUENNIO: 'Crisi aziendale (quinquennio mobile)',
  REORG_QUINQUENNIO: 'Riorganizzazione aziendale (quinquennio mobile)',
  ART4_QUINQUENNIO: 'Durata massima complessiva (art. 4, quinquennio mobile)',
} as const;

export type WindowLabelId = keyof typeof WINDOW_LABELS;

const BY_LABEL = new Map<string, WindowLabelId>(Object.entries(WINDOW_LABELS).map(([id, label]) => [label, id as WindowLabelId]));

/** The id of a window's label (null for a label this version does not know, e.g. from an older snapshot). */
export function windowLabelId(label: string): WindowLabelId | null {
  return BY_LABEL.get(label) ?? null;
}
