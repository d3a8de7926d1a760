import type it from '../it/reminders';

const reminders: typeof it = {
  title: 'Deadline reminders',
  lead: 'We email you before the deadlines of your companies’ requests: {filing} days before the time to file ends, {union} days before the union procedure ends, {conguaglio} days before the offset deadline.',
  allTitle: 'All reminders',
  allOn: 'You receive reminders by email.',
  allOff: 'You have turned off all reminders: we will not email you about deadlines.',
  muteAll: 'Turn off all reminders',
  unmuteAll: 'Turn reminders back on',
  listTitle: 'Upcoming deadlines and recent reminders',
  empty: 'No reminders yet: they appear here when a request has a deadline in the next 60 days.',
  caption: 'Reminders',
  columns: { deadline: 'Deadline', company: 'Company', kind: 'What it is', email: 'Email', actions: 'Actions' },
  kinds: {
    FILING_WINDOW_CLOSING: 'Time to file the request ends',
    UNION_PROCEDURE_END: 'End of the union procedure',
    CONGUAGLIO_DEADLINE: 'Offset (conguaglio) deadline',
  },
  status: {
    SCHEDULED: 'Will be sent on {date}',
    QUEUED: 'Being sent',
    SENT: 'Sent on {date}',
    MUTED: 'Turned off',
    CANCELLED: 'Cancelled',
    FAILED: 'Could not be sent',
  },
  request: 'request {protocol}',
  draft: 'draft',
  mute: 'Turn off',
  muteLabel: 'Turn off the reminder of {date} for {company}',
  unmute: 'Turn on',
  unmuteLabel: 'Turn on the reminder of {date} for {company}',
  saved: 'Preference saved.',
};
export default reminders;
