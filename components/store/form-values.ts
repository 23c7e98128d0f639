// How the store forms read a number field: an empty field is "not given" (the schema then says it
// is required, or leaves an optional one out), anything else a number the schema checks.
export function optionalNumber(value: unknown): number | undefined {
  return value === "" || value === null || value === undefined ? undefined : Number(value);
}
