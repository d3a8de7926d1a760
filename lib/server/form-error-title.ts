import 'server-only';
import { headers } from 'next/headers';

// "Errore: " at the start of the page title when a form comes back with errors (GOV.UK, Designers
// Italia), so that a screen reader says it first. With JavaScript the ErrorSummary does it in the
// browser. Without, the browser posts the form to the page itself: Next runs the server action and
// then renders the page, in the same request, with the action's answer as the form's state — but
// the metadata cannot see that answer. So an action that answers with errors marks its request,
// and the root layout's title template reads the mark (app/layout.tsx): every page's title, once.
//
// The mark is keyed by the request's headers object: Next gives the action and the render after it
// the same request store, hence the same object from headers(); a later request has another one,
// and a garbage-collected request takes its mark with it. A post with JavaScript (fetch) is not
// followed by an HTML render, so there the mark changes nothing.
// Covered by tests/e2e/no-js-forms.spec.ts ("Errore: " titles).

const marked = new WeakSet<object>();

/** Called by an action that answers with errors (defineAction does it for every action). */
export async function markFormErrors(): Promise<void> {
  try {
    marked.add(await headers());
  } catch {
    // Outside a request (a script, a unit test): no page will be rendered.
  }
}

/** True while rendering the page a form was posted to, when its action answered with errors. */
export async function formHasErrors(): Promise<boolean> {
  try {
    return marked.has(await headers());
  } catch {
    return false;
  }
}
