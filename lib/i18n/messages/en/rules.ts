import type itRules from '../it/rules';

const rules: typeof itRules = {
  trace: {
    summary: 'Why?',
    source: 'Source:',
    rule: 'rule {rule}',
    outcome: { pass: 'Met', fail: 'Not met', warn: 'Attention', info: 'Information' },
  },
  citation: {
    linkLabel: '{label} — {act}',
    status: { P: 'legal text', S: 'secondary source', I: 'inferred reading', U: 'unconfirmed' },
  },
  warnings: {
    title: 'To be checked',
    heading: '{count, plural, one {One rule applied is not confirmed by the sources} other {# rules applied are not confirmed by the sources}}',
    intro: 'The calculation uses the default reading shown below. The managing Committee may decide otherwise.',
    reference: 'ref. {ref}',
  },
  timeline: {
    heading: 'Rolling windows of the production unit',
    range: 'from {from} to {to}',
    summary: 'Limit {limit}: used {used}, reserved {reserved}, requested now {proposed}, remaining {remaining}.',
    summaryNoProposal: 'Limit {limit}: used {used}, reserved {reserved}, remaining {remaining}.',
    over: 'The request exceeds the limit.',
    neutralisedNote: '{value} left out because neutralised (COVID-19).',
    axisIntro: 'Below, where the periods fall in the window; the list of periods is in the table that follows.',
    unit: {
      weeks: '{count, plural, one {{value} week} other {{value} weeks}}',
      months: '{count, plural, one {{value} month} other {{value} months}}',
    },
    unitName: { weeks: 'weeks', months: 'months' },
    kind: {
      legend: 'Key',
      USED: 'Used (authorised or taken)',
      RESERVED: 'Reserved by pending requests',
      PROPOSED: 'Requested with this request',
      REMAINING: 'Remaining',
      NEUTRALISED: 'Neutralised (COVID-19, not counted)',
    },
    tableCaption: 'Rolling windows: limits and use',
    periods: '{count, plural, one {One period in the window} other {# periods in the window}}',
    periodsCaption: 'Periods in the window {window}',
    col: {
      window: 'Window',
      from: 'From',
      to: 'To',
      limit: 'Limit',
      used: 'Used',
      reserved: 'Reserved',
      proposed: 'Requested',
      remaining: 'Remaining',
      neutralised: 'Neutralised',
      period: 'Period',
      kind: 'Kind',
      cause: 'Cause',
      weeksInWindow: 'Weeks in the window',
    },
  },
  allowance: {
    caption: 'Allowance per worker in the grantable period',
    worker: 'Worker',
    eligible: 'Entitled',
    net: 'Net',
    totals: 'Total',
  },
};

export default rules;
