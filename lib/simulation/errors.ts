// A simulation run, or one order of it, that does not exist (404).
import { DomainError } from "@/lib/errors";

export class SimulationNotFoundError extends DomainError {
  override readonly status = 404;
  constructor(id: string, orderId?: string) {
    super(orderId ? "SIMULATION_RESULT_NOT_FOUND" : "SIMULATION_NOT_FOUND", orderId ? { id, orderId } : { id });
  }
}
