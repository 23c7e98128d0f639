// Server entry of the geo context: offline geocoding of delivery addresses to the precision
// sourcing needs. All of it is pure, so it is the client entry as it stands.
export * from "./client";
