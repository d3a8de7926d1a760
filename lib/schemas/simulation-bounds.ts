// Bounds shared by the API scenario schema (simulation.ts) and the public simulator's form
// (quick-simulation.ts), in a module of its own so the browser bundle does not carry the API schema.

/** The single monthly cap exists from 1 January 2022 (art. 3 c. 5-bis): amounts are computable from then. */
export const SIMULATION_FIRST_PERIOD_START = '2022-01-01';
