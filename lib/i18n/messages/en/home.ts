import type itHome from '../it/home';

const home: typeof itHome = {
  landing: {
    title: 'Wage integration allowance of the Trentino Solidarity Fund',
    lead: 'Check whether your company belongs to the Fund, how many weeks you still have and what your workers are due. Then file the request, with every figure explained and the law cited.',
    simulate: 'Try the simulator',
    signIn: 'Sign in to file a request',
    whoTitle: 'Who it is for',
    who: [
      'Employers with at least one employee and at least 75 % of staff in production units in the Province of Trento, outside CIGO and without a bilateral fund.',
      'Labour consultants acting for companies under a delegation.',
      "The staff of the Fund's managing Committee, who review the requests.",
    ],
  },
  employer: {
    title: 'My companies',
    lead: 'The companies you can simulate and file requests for.',
    empty: 'You have not registered a company yet.',
    register: 'Register a company',
    columns: { name: 'Company name', taxCode: 'Tax code', drafts: 'Drafts', open: 'Requests in progress' },
  },
  company: {
    taxCode: 'Tax code',
    inpsNumber: 'INPS registration number',
    sector: 'Sector (ATECO)',
    notProvided: 'not given',
    unitsTitle: 'Production units',
    unitsEmpty: 'No production unit registered.',
    unitColumns: { name: 'Unit', comune: 'Municipality', province: 'Province' },
  },
  consultant: {
    title: 'My clients',
    lead: 'Companies that have given you an active delegation.',
    empty: 'No company has delegated you yet.',
    columns: { name: 'Company name', taxCode: 'Tax code', since: 'Delegated from', until: 'Until' },
    openEnded: 'no end date',
  },
  staff: {
    title: 'Request queue',
    lead: 'Requests filed with the managing Committee and awaiting a decision.',
    counts: { FILED: 'To examine', UNDER_REVIEW: 'Under review', INFO_REQUESTED: 'Awaiting information' },
  },
  admin: {
    title: 'Users',
    lead: 'Service accounts and roles.',
    columns: { name: 'Name', email: 'Email', role: 'Role', status: 'Status' },
    active: 'Active',
    disabled: 'Disabled',
  },
};
export default home;
