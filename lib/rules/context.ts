// The evaluation context of one computation: settings, Committee resolutions, the trace, and the
// warnings. Reading a parameter through `use` records a warning when the value relied on is
// inferred [I] or unconfirmed [U], so every result says which of its readings are not settled law.
import type { CalendarDate } from './core/calendar-date';
import type { Citation, SourceStatus } from './core/citation';
import { citedValueAt, type Dated } from './core/dated';
import { step, type TraceOutcome, type TraceStep } from './core/trace';
import { committeeSeries, validateResolutions, type CommitteeParameterKey, type CommitteeResolution } from './parameters/committee';
import { resolveSettings, SETTING_INFO, type RuleSettings } from './parameters/settings';

export type RuleWarning = {
  /** Stable code: "SETTING:<key>", "PARAM:<KEY>" or a rule id. */
  code: string;
  /** Digest reference, e.g. "J-8". */
  digest?: string;
  status: SourceStatus;
  message: string;
  citation: Citation;
};

export type RuleContextOptions = { settings?: Partial<RuleSettings>; committeeResolutions?: readonly CommitteeResolution[] };

export class RuleContext {
  readonly settings: RuleSettings;
  readonly resolutions: readonly CommitteeResolution[];
  readonly trace: TraceStep[] = [];
  private readonly warningMap = new Map<string, RuleWarning>();
  private readonly committeeCache = new Map<CommitteeParameterKey, Dated<string>>();

  constructor(options: RuleContextOptions = {}) {
    this.settings = resolveSettings(options.settings);
    this.resolutions = options.committeeResolutions ?? [];
    validateResolutions(this.resolutions);
  }

  /** The value of a parameter on `date`, recording a warning if it is [I] or [U]. */
  use<T>(series: Dated<T>, date: CalendarDate): T {
    return this.cited(series, date).value;
  }

  cited<T>(series: Dated<T>, date: CalendarDate): { value: T; from: CalendarDate; citation: Citation } {
    const found = citedValueAt(series, date);
    const status = found.citation.status;
    if ((status === 'I' || status === 'U') && !this.warningMap.has(`PARAM:${series.key}`)) {
      this.warn({
        code: `PARAM:${series.key}`,
        status,
        message: `${series.description} [${status === 'I' ? 'lettura inferita' : 'non confermato'}]`,
        citation: found.citation,
      });
    }
    return found;
  }

  /** A Committee-dependent series with the resolutions of this context applied. */
  committee(key: CommitteeParameterKey): Dated<string> {
    let series = this.committeeCache.get(key);
    if (!series) {
      series = committeeSeries(key, this.resolutions);
      this.committeeCache.set(key, series);
    }
    return series;
  }

  add(rule: string, citation: Citation, outcome: TraceOutcome, detail: string): void {
    this.trace.push(step(rule, citation, outcome, detail));
  }

  warn(warning: RuleWarning): void {
    if (!this.warningMap.has(warning.code)) this.warningMap.set(warning.code, warning);
  }

  /** Records that the result depends on a setting's [I]/[U] default (or on its override). */
  warnSetting(key: keyof RuleSettings, detail?: string): void {
    const info = SETTING_INFO[key];
    const status = info.citation.status;
    this.warn({
      code: `SETTING:${key}`,
      digest: info.digest,
      status,
      message: detail ? `${info.description}. ${detail}` : info.description,
      citation: info.citation,
    });
  }

  get warnings(): RuleWarning[] {
    return [...this.warningMap.values()];
  }
}
