// Error codes of lib/simulation (see ./common.ts for how codes and parameters work).
export const simulation = {
  // The period (field issues on "from" / "to")
  SIMULATION_PERIOD_REVERSED: "The end must come after the start.",
  SIMULATION_PERIOD_FUTURE: "The period cannot end in the future.",
  SIMULATION_PERIOD_TOO_LONG: "A simulation covers at most {maxDays} days.",
  // The draft simulated
  SIMULATION_NOT_SOURCING: "Only sourcing rules can be simulated.",
  SIMULATION_NOT_DRAFT: "Only a draft can be simulated.",
  SIMULATION_DRAFT_CHANGED: "This draft was changed since you opened it. Reload it and start the simulation again.",
  SIMULATION_DRAFT_INVALID: "This draft has invalid rules. Fix them before simulating.",
  // A run
  SIMULATION_FAILED: "an unexpected error interrupted it.",
  SIMULATION_NOT_FOUND: "Simulation {id} was not found.",
  SIMULATION_RESULT_NOT_FOUND: "This order is not part of the simulation.",
  SIMULATION_FINISHED: "This simulation has already finished; it can no longer be cancelled.",
} as const;
