// Bumped with every CHANGELOG.md entry that changes a rule or a parameter value.
export const RULES_VERSION = '1.1.0';
