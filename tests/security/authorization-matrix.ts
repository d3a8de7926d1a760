// THE AUTHORISATION MATRIX (issue 7 §1): who may call every server action and every route.
//
// tests/security/authorization-matrix.test.ts finds every 'use server' module under app/ and lib/
// and every app/**/route.ts by itself, imports them, and calls each action and each exported HTTP
// method as each actor below, against real PostgreSQL, with input that would succeed for an
// allowed caller. A = allowed (it succeeds), D = denied (401/403, a redirect to /accedi, or the
// same "not found" an absent record gets) and nothing of company A changes.
//
// Actors (tests/security/support/world.ts): company A is the target of every call.
//   anon  no session                       own   an EMPLOYER member of company A
//   oth   an EMPLOYER of company B only     con   a CONSULTANT with an active delega on A
//   cnd   a CONSULTANT delegated by B only  crv   a CONSULTANT whose delega on A was revoked
//   cex   a CONSULTANT whose delega on A ended yesterday
//   stf   the Committee's STAFF             adm   an ADMIN
//
// ADDING AN ACTION OR A ROUTE: add its row here (expected outcome per actor) AND the way to call it
// with valid input in tests/security/support/calls.ts (same key). The test fails, naming the key
// and these two files, until both exist; it also fails on rows whose action or route is gone.

//                                     anon own oth con cnd crv cex stf adm
const EMPLOYER_SIDE_WRITE =          ' D   A   D   A   D   D   D   D   D ';
const STAFF_ONLY =                   ' D   D   D   D   D   D   D   A   A ';
const PUBLIC =                       ' A   A   A   A   A   A   A   A   A ';
const READ_BY_EMPLOYER_SIDE_STAFF =  ' D   A   D   A   D   D   D   A   A ';

/** defineAction() actions, by registry name (`name:` in the action's definition). */
export const ACTIONS: Record<string, string> = {
  //                                   anon own oth con cnd crv cex stf adm
  'company.create':                  ' D   A   A   D   D   D   D   D   D ', // any employer registers its own new company
  'company.identity.update':         EMPLOYER_SIDE_WRITE,
  'company.sector.update':           EMPLOYER_SIDE_WRITE,
  'unit.create':                     EMPLOYER_SIDE_WRITE,
  'unit.update':                     EMPLOYER_SIDE_WRITE,
  'unit.remove':                     EMPLOYER_SIDE_WRITE,
  'headcount.save':                  EMPLOYER_SIDE_WRITE,
  'worker.create':                   EMPLOYER_SIDE_WRITE,
  'worker.update':                   EMPLOYER_SIDE_WRITE,
  'worker.remove':                   EMPLOYER_SIDE_WRITE,
  'worker.import':                   EMPLOYER_SIDE_WRITE,
  'history.add':                     EMPLOYER_SIDE_WRITE,
  'history.remove':                  EMPLOYER_SIDE_WRITE,
  'request.draft.create':            EMPLOYER_SIDE_WRITE,
  'request.draft.causePeriod':       EMPLOYER_SIDE_WRITE,
  'request.draft.workers':           EMPLOYER_SIDE_WRITE,
  'request.draft.procedure':         EMPLOYER_SIDE_WRITE,
  'request.draft.discard':           EMPLOYER_SIDE_WRITE,
  'request.file':                    EMPLOYER_SIDE_WRITE,
  'request.withdraw':                EMPLOYER_SIDE_WRITE,
  'delegation.invite':               ' D   A   D   D   D   D   D   D   D ', // only the company's own people hand out a delega
  'delegation.accept':               ' D   D   D   A   A   A   A   D   D ', // any consultant holding a valid code (for a third company)
  'delegation.acceptInvitation':     ' D   D   D   A   A   A   A   D   D ', // an e-mail invitation (third company) addressed to the caller
  'delegation.revoke':               ' D   A   D   D   D   D   D   D   D ', // a delega of A held by another consultant
  'import.preview':                  ' D   D   D   A   D   D   D   D   D ', // the consultant's bulk import (employers have their own page)
  'import.commit':                   ' D   D   D   A   D   D   D   D   D ', // a preview of A kept for the caller
  'import.discard':                  ' D   D   D   A   D   D   D   D   D ',
  'messages.post':                   ' D   A   D   A   D   D   D   A   A ',
  'reminders.mute':                  ' D   A   D   D   D   D   D   D   D ', // a reminder addressed to A's owner
  'reminders.muteAll':               ' D   A   A   A   A   A   A   D   D ', // the caller's own setting
  'review.approve':                  STAFF_ONLY,
  'review.approvePartial':           STAFF_ONLY,
  'review.reject':                   STAFF_ONLY,
  'review.requestInformation':       STAFF_ONLY,
  'review.authoriseDirectPayment':   STAFF_ONLY,
  'review.startReview':              STAFF_ONLY,
  'review.createResolution':         STAFF_ONLY,
};

/**
 * Exported functions of 'use server' modules that are not defineAction() results, by
 * `<file>#<export>`. Either a form wrapper around a defineAction (give the action's registry name:
 * it is called with the same input as FormData and must give the same answers), or its own row.
 */
export const OTHER_SERVER_FUNCTIONS: Record<string, { wraps: string } | { expect: string }> = {
  'lib/server/actions/locale.ts#setLocaleAction': { expect: PUBLIC }, // only the caller's own preference
  'lib/server/actions/session.ts#signInAction': { expect: PUBLIC },
  'lib/server/actions/session.ts#signOutAction': { expect: PUBLIC },
  'lib/server/actions/simulator.ts#quickSimulationAction': { expect: PUBLIC }, // stores nothing, per-IP limit
  'lib/server/actions/simulator.ts#lr5SimulationAction': { expect: PUBLIC },
  // The request wizard's forms: each calls one request action and then redirects (Post/Redirect/Get).
  'lib/server/actions/request-wizard.ts#startRequestFormAction': { wraps: 'request.draft.create' },
  'lib/server/actions/request-wizard.ts#saveCausePeriodFormAction': { wraps: 'request.draft.causePeriod' },
  'lib/server/actions/request-wizard.ts#saveWorkersFormAction': { wraps: 'request.draft.workers' },
  'lib/server/actions/request-wizard.ts#saveProcedureFormAction': { wraps: 'request.draft.procedure' },
  'lib/server/actions/request-wizard.ts#fileRequestFormAction': { wraps: 'request.file' },
  'lib/server/actions/request-wizard.ts#discardDraftFormAction': { wraps: 'request.draft.discard' },
};

/** Route handlers, by `<METHOD> <path>` (route groups dropped, dynamic segments as in the folder names). */
export const ROUTES: Record<string, string> = {
  //                                                              anon own oth con cnd crv cex stf adm
  'GET /api/health':                                              PUBLIC,
  'GET /api/auth/[...nextauth]':                                  PUBLIC,
  'POST /api/auth/[...nextauth]':                                 PUBLIC,
  'POST /api/v1/simulations':                                     PUBLIC,
  'GET /api/v1/parameters':                                       PUBLIC,
  'GET /api/v1/openapi.json':                                     PUBLIC,
  'GET /aziende/[employerId]/domande/[requestId]/ricevuta':       READ_BY_EMPLOYER_SIDE_STAFF,
  'GET /aziende/[employerId]/domande/[requestId]/lettera-sindacati': READ_BY_EMPLOYER_SIDE_STAFF,
  'GET /aziende/[employerId]/domande/esporta':                    READ_BY_EMPLOYER_SIDE_STAFF, // A's requests as CSV
  'GET /consulente/esporta':                                      ' D   D   D   A   A   A   A   D   D ', // the caller's own radar: A only for `con`
  'GET /allegati/[attachmentId]':                                 READ_BY_EMPLOYER_SIDE_STAFF, // an attachment of A's filed request
  'POST /api/allegati':                                           ' D   A   D   A   D   D   D   A   A ', // a document on A's filed request
  'GET /comitato/audit/export':                                   STAFF_ONLY,
  'GET /comitato/report/export':                                  STAFF_ONLY,
  'GET /comitato/aziende/[employerId]/esporta':                   STAFF_ONLY, // everything held about A, as JSON (issue 7 §6)
};
