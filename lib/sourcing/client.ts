// What browser code may load from the sourcing engine: all of it. The engine is pure functions over
// plain data (no database, no other context), so its index is browser-safe as it stands.
export * from "./index";
