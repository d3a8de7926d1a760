import type itCommon from '../it/common';

const common: typeof itCommon = {
  productName: 'Trentino Solidarity Fund',
  productTagline: 'Wage integration allowance: simulate and file your request',
  owner: 'Autonomous Province of Trento · managed by INPS',
  skipLink: 'Skip to main content',
  languageSwitch: 'Language',
  switchTo: 'Italiano',
  switchToLabel: "Passa all'italiano",
  mainNav: 'Main navigation',
  nav: {
    simulator: 'Simulator',
    companies: 'My companies',
    clients: 'My clients',
    queue: 'Request queue',
    admin: 'Administration',
  },
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: 'Signed in as {name}',
  roles: { EMPLOYER: 'Employer', CONSULTANT: 'Labour consultant', STAFF: 'Fund committee', ADMIN: 'Administrator' },
  footer: {
    about: 'Service for companies of the Autonomous Province of Trento that belong to the Fund (art. 40 Legislative Decree 148/2015).',
    accessibility: 'Accessibility statement',
    privacy: 'Privacy notice',
    legal: 'Legal notes',
  },
  forbidden: {
    title: 'Access denied',
    body: 'You do not have permission to see this page. If you think this is a mistake, contact whoever manages your company or the Committee.',
    back: 'Back to the home page',
  },
  notFound: {
    title: 'Page not found',
    body: 'If you typed the address, check it is correct.',
    back: 'Back to the home page',
  },
  error: {
    title: 'Something went wrong',
    body: 'Please try again in a few minutes. Information already saved has not been lost.',
    retry: 'Try again',
  },
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error: ',
  optional: '(optional)',
  back: 'Back',
  continue: 'Continue',
};
export default common;
