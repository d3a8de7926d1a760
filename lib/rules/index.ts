// The public surface of the rules library: pure functions of their inputs and an "as of" date.
// Same code for the server, the public simulator, the JSON API, the CLI and the tests.
export { simulate, type SimulateOptions } from './simulate/simulate';
export type { Scenario, ScenarioWorker, SimulationResult, WorkerResult } from './simulate/types';
export { computeWindows, type ComputeWindowsInput, type ComputeWindowsResult, type WindowUsage, type WindowKey, type WindowsOutcome } from './windows/compute-windows';
export { WINDOW_LABELS, windowLabelId, type WindowLabelId } from './windows/window-labels';
export { windowTimeline, type TimelineWindow, type TimelineSegment, type TimelineSegmentKind, type WindowTimelineInput } from './windows/timeline';
export { computeSizeUnits, type SizeUnitsInput, type SizeUnits } from './size/size-units';
export { simulateLr5_2009, type Lr5Input, type Lr5Result, LR5_EXCLUDED_STATUSES } from './lr5/simulate-lr5';
export { listParametersInForce, ALL_PARAMETERS, PARAMETERS_BY_KEY, type ParameterInForce } from './parameters';
export { DEFAULT_SETTINGS, SETTING_INFO, type RuleSettings } from './parameters/settings';
export { COMMITTEE_PARAMETER_KEYS, type CommitteeResolution, type CommitteeParameterKey } from './parameters/committee';
export { RuleContext, type RuleWarning } from './context';
export { RULES_VERSION } from './version';
export { ScenarioError, ParameterNotInForceError, type ScenarioIssue } from './core/errors';
export type { Citation, SourceStatus } from './core/citation';
export type { TraceStep, TraceOutcome, Explained } from './core/trace';
export type { Dated, DatedValue } from './core/dated';
export { isCalendarDate, isMonthKey, parseDate, type CalendarDate, type MonthKey } from './core/calendar-date';
export * from './types';
