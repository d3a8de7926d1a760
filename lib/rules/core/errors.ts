// Errors the rules library throws on purpose. Both carry data the CLI and API print as JSON.

export type ScenarioIssue = { path: string; message: string };

/** The scenario cannot be evaluated as given (a missing headcount month, an unknown unit…). */
export class ScenarioError extends Error {
  readonly issues: ScenarioIssue[];
  constructor(issues: ScenarioIssue[]) {
    super(issues.map((i) => `${i.path || '(scenario)'}: ${i.message}`).join('; '));
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}

/** A parameter has no value in force on the date asked (a gap in the dated series). */
export class ParameterNotInForceError extends Error {
  readonly key: string;
  readonly asOf: string;
  constructor(key: string, asOf: string) {
    super(`Parameter ${key} has no value in force on ${asOf}`);
    this.name = 'ParameterNotInForceError';
    this.key = key;
    this.asOf = asOf;
  }
}
