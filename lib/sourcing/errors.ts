// The one error the engine throws: an instance that is structurally unusable (the zod schema in
// schema.ts catches the same problems earlier at the edges).

export class SourcingInputError extends Error {
  readonly code = "INVALID_SOURCING_INPUT";
  constructor(message: string) {
    super(message);
    this.name = "SourcingInputError";
  }
}
