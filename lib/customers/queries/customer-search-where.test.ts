import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { buildCustomer } from "@/lib/orders/testing";
import { findCustomerMatches, namePrefixQuery } from "./customer-search-where";

let t: TestDb;
const names = new Map<string, string>();
const firstNames = new Map<string, string>();
/** Last names of the customers a term means, in list order. */
const found = async (q: string) => (await findCustomerMatches(t.db, q)).ids.map((id) => names.get(id));

beforeAll(async () => {
  t = await createTestDb();
  const people = [
    { firstName: "Marie", lastName: "Dupont", email: "marie.dupont@example.fr", phone: "+33612345678", postalCode: "69002" },
    { firstName: "Pieter", lastName: "De Smet", email: "p.desmet@example.be", phone: "+32 470 12 34 56", postalCode: "1000" },
    { firstName: "Jean-Pierre", lastName: "Lefèvre", email: "jp.lefevre@example.fr", phone: null, postalCode: "75011" },
    { firstName: "Anne", lastName: "D'Angelo", email: "anne_d@example.fr", phone: "07 98 76 54 32", postalCode: "13001" },
    { firstName: "Luc", lastName: "Martin", email: "luc.martin@example.fr", phone: null, postalCode: "33000" },
    { firstName: "Jean", lastName: "Martin", email: "jean.martin@example.fr", phone: null, postalCode: "33000" },
  ];
  for (const p of people) {
    const { id } = await buildCustomer(t.db, p);
    names.set(id, p.lastName);
    firstNames.set(id, p.firstName);
  }
});
afterAll(async () => {
  await t?.close();
});

describe("customer search terms", () => {
  it("finds a name by the start of any of its words, in any case", async () => {
    expect(await found("smet")).toEqual(["De Smet"]);
    expect(await found("DE SM")).toEqual(["De Smet"]);
    expect(await found("pieter de")).toEqual(["De Smet"]);
    expect(await found("jean-pi")).toEqual(["Lefèvre"]);
    expect(await found("pierre lef")).toEqual(["Lefèvre"]);
    expect(await found("lefèvre")).toEqual(["Lefèvre"]);
    expect(await found("angelo")).toEqual(["D'Angelo"]);
  });

  it("does not find a name by letters in the middle of a word", async () => {
    expect(await found("pont")).toEqual([]);
  });

  it("finds an e-mail whatever its case, and by its start", async () => {
    expect(await found("P.DeSmet@Example.BE")).toEqual(["De Smet"]);
    expect(await found("jp.lef")).toEqual(["Lefèvre"]);
    // "_" and "%" are LIKE wildcards: they must match themselves only.
    expect(await found("jp_lef")).toEqual([]);
    expect(await found("jp%")).toEqual([]);
    expect(await found("anne_d")).toEqual(["D'Angelo"]);
  });

  it("finds a phone however it is written, on its last nine digits", async () => {
    expect(await found("06 12 34 56 78")).toEqual(["Dupont"]);
    expect(await found("+33 7 98 76 54 32")).toEqual(["D'Angelo"]);
    expect(await found("0470 123 456")).toEqual(["De Smet"]);
  });

  it("finds customers by address postcode and by customer number", async () => {
    expect(await found("75011")).toEqual(["Lefèvre"]);
    const [first] = names.keys();
    const number = (await t.db.customer.findUniqueOrThrow({ where: { id: first } })).number;
    expect(await found(number.toLowerCase())).toEqual(["Dupont"]);
  });

  it("lists matches by last then first name and says when a term matches more than the limit", async () => {
    const all = await findCustomerMatches(t.db, "33000");
    expect(all.ids.map((id) => firstNames.get(id))).toEqual(["Jean", "Luc"]);
    expect(all.truncated).toBe(false);
    const capped = await findCustomerMatches(t.db, "martin", 1);
    expect(capped.ids.map((id) => firstNames.get(id))).toEqual(["Jean"]);
    expect(capped.truncated).toBe(true);
  });

  it("treats search syntax in a term as plain text", async () => {
    for (const q of ["a & b", "x:* | !y", "'); drop", "(dupont", "%", "\\", "é"]) {
      await expect(findCustomerMatches(t.db, q)).resolves.toMatchObject({ truncated: false });
    }
    expect(namePrefixQuery("Marie  Dup")).toBe("'Marie':* & 'Dup':*");
    expect(namePrefixQuery("--")).toBeNull();
  });
});
