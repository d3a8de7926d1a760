import type itAuth from '../it/auth';

const auth: typeof itAuth = {
  signIn: {
    title: 'Sign in',
    intro: 'Sign in with the email address and password of your account. The public simulator does not need an account.',
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    invalid: 'The email address or password is not correct',
    rateLimited: 'Too many sign-in attempts. Try again in {minutes, plural, one {# minute} other {# minutes}}.',
    unavailable: 'Sign-in is not available right now. Try again in a few minutes.',
    simulatorLink: 'Try the simulator without signing in',
    alreadySignedIn: 'You are already signed in.',
    demoTitle: 'Demo accounts',
  },
  signOut: {
    title: 'Sign out',
    body: 'Do you want to sign out? Saved requests will still be there next time.',
    submit: 'Sign out',
    cancel: 'Cancel and go back',
    doneTitle: 'You have signed out',
    signInAgain: 'Sign in again',
    done: 'You have signed out.',
  },
};
export default auth;
