// Hostile inputs for property tests of the API and the server actions: random, oversized,
// wrong-typed, deeply nested, injection-shaped (SQL, HTML, template, path) and prototype-polluting
// values, and Unicode edges (lone surrogates, right-to-left overrides, zero-width characters, NUL).
// Objects use the field names the app's schemas use, so a hostile value lands in real fields.
import fc from "fast-check";

export const INJECTIONS = [
  "' OR '1'='1",
  `'; DROP TABLE "Order"; --`,
  "1; SELECT pg_sleep(10)",
  `" OR ""="`,
  "<script>alert(1)</script>",
  `<img src=x onerror="alert(1)">`,
  "javascript:alert(1)",
  "${7*7}",
  "{{7*7}}",
  "../../../../etc/passwd",
  "%00",
  "%27%20OR%201%3D1",
  "\\",
  "$where",
  "__proto__",
  "constructor",
] as const;

export const UNICODE_EDGES = [
  "\uD800",
  "\uDFFF",
  "a\uDC00b",
  "\u202Eevil\u202C",
  "\u200F\u05E9\u05DC\u05D5\u05DD",
  "\u200B",
  "\u200D\u200C\uFEFF",
  "\u0000",
  "ab\u0000cd",
  "e\u0301\u0301\u0301",
  "👩‍👩‍👧‍👦",
  "\uFFFF\uFFFE",
  "\r\n\t\v\f",
  " ",
  "",
] as const;

/** The names of fields the app's input schemas read (commands, API bodies, query strings). */
export const FIELD_NAMES = [
  "id",
  "orderId",
  "lineId",
  "holdId",
  "returnId",
  "fulfillmentOrderId",
  "nodeId",
  "node",
  "sku",
  "qty",
  "countedQty",
  "expectedVersion",
  "version",
  "lockVersion",
  "reason",
  "note",
  "body",
  "email",
  "name",
  "code",
  "role",
  "storeId",
  "channel",
  "customer",
  "customerId",
  "shippingAddress",
  "lines",
  "mode",
  "pickupStore",
  "payment",
  "type",
  "method",
  "amountMinor",
  "definition",
  "rows",
  "items",
  "token",
  "card",
  "parcels",
  "carrier",
  "trackingNumber",
  "reference",
  "eta",
  "fromNode",
  "toNode",
  "active",
  "password",
  "status",
  "q",
  "cursor",
  "limit",
  "store",
  "from",
  "to",
  "__proto__",
  "constructor",
  "prototype",
] as const;

const hostileString = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  fc.constantFrom(...UNICODE_EDGES),
  fc.string({ unit: "binary", maxLength: 40 }),
  // oversized
  fc.constantFrom("x".repeat(100_000), "é".repeat(20_001), "9".repeat(5_000)),
  fc.tuple(fc.constantFrom(...INJECTIONS), fc.constantFrom(...UNICODE_EDGES)).map(([a, b]) => `${b}${a}${b}`),
);

const hostileNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 63)),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

const primitive = fc.oneof(hostileString, hostileNumber, fc.constantFrom(null, true, false));

/** A value nested `depth` levels deep in arrays and objects. */
export function deeplyNested(depth: number, leaf: unknown = "x"): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** An object with an own "__proto__" (as JSON.parse makes it) or a polluting "constructor". */
const polluting = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": "yes", "isAdmin": true}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as unknown,
  JSON.parse('{"orderId": "x", "__proto__": {"role": "ADMIN"}, "lines": [{"__proto__": {"qty": 1}}]}') as unknown,
);

export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    primitive,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...FIELD_NAMES), tie("value"), { maxKeys: 5 }),
    polluting,
  ),
})).value;

/** Values a schema would accept in many fields, so a payload gets past validation to the command. */
const PLAUSIBLE = [
  "x",
  "OMS-1000001",
  "LAMP",
  "TSHIRT-M",
  "DC-PAR",
  "ST-PAR-01",
  "node-ST-PAR-01",
  "cust-1",
  "lea.martin@example.test",
  "Customer asked by phone",
  "SHIP",
  "PICKUP",
  "WEB",
  "ADMIN",
  "2026-12-10",
  "fr",
  1,
  0,
  2,
  true,
  false,
] as const;

/**
 * Objects with every field name the app reads, most set to plausible values and some to hostile
 * ones: hostile text reaches the commands and queries inside otherwise acceptable input.
 */
export const mixedPayload: fc.Arbitrary<unknown> = fc.record(
  Object.fromEntries(
    FIELD_NAMES.filter((name) => name !== "__proto__").map((name) => [
      name,
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...PLAUSIBLE) },
        { weight: 1, arbitrary: fc.constantFrom(...INJECTIONS, ...UNICODE_EDGES) },
        { weight: 1, arbitrary: fc.array(fc.record({ sku: fc.constantFrom("LAMP", ...UNICODE_EDGES), qty: fc.constantFrom(1, -1, 1e9), orderLineId: fc.constantFrom("x", "\u0000") }), { maxLength: 2 }) },
      ),
    ]),
  ),
  { requiredKeys: [] },
);

/**
 * A whole payload: usually an object with the app's field names and hostile values, sometimes a
 * bare value of the wrong type, a huge array, a deep nest (up to 3,000 levels) or a polluting object.
 */
export const hostilePayload: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.dictionary(fc.constantFrom(...FIELD_NAMES), hostileValue, { minKeys: 1, maxKeys: 8 }) },
  { weight: 2, arbitrary: hostileValue },
  { weight: 1, arbitrary: fc.constantFrom(1000, 3000).map((depth) => deeplyNested(depth)) },
  { weight: 1, arbitrary: fc.constantFrom(Array.from({ length: 10_000 }, (_, i) => ({ sku: `S${i}`, qty: 1 }))).map((lines) => ({ lines, items: lines, rows: lines })) },
  { weight: 1, arbitrary: polluting },
  { weight: 4, arbitrary: mixedPayload },
);

/** Raw request bodies that are not a JSON object at all. */
export const hostileRawBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", "{", "null", "[]", "\"just a string\"", "{\"a\":1}garbage", "\u0000", "{\"__proto__\":{\"x\":1}}", "NaN", "1e999999"),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom("[".repeat(5_000) + "]".repeat(5_000), `{"a":"${"x".repeat(2_000_000)}"}`),
);

/** Object.prototype is untouched (no payload polluted it). */
export function prototypeIsClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe.polluted === undefined && probe.isAdmin === undefined && probe.role === undefined && probe.qty === undefined;
}
