// Reading nodes from CSV: the compact hours and holidays, and a per-row report with the column and
// an error code for each problem.
import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv/client";
import { NODE_CSV_TEMPLATE, checkNodeRows, formatHolidaysText, formatHoursText, nodeRowsFromRecords, parseHolidaysText, parseHoursText } from "./csv";

const HEADER = "code,name,type,addressLine1,city,postalCode,country,lat,lng,timeZone,canShip,canPickup,canShipFromStore,canReturn,dailyCapacity,openingHours,franchise,holidays";
const rowsOf = (text: string) => {
  const read = nodeRowsFromRecords(parseCsv(text));
  if (!read.ok) throw new Error(read.issue.code);
  return read.rows;
};

describe("compact opening hours", () => {
  it("reads day ranges, single days, several intervals and closed days", () => {
    const hours = parseHoursText("mon-fri 09:00-12:00,14:00-19:00; sat 10:00-18:00; sun closed");
    expect(hours).toEqual({
      mon: [["09:00", "12:00"], ["14:00", "19:00"]],
      tue: [["09:00", "12:00"], ["14:00", "19:00"]],
      wed: [["09:00", "12:00"], ["14:00", "19:00"]],
      thu: [["09:00", "12:00"], ["14:00", "19:00"]],
      fri: [["09:00", "12:00"], ["14:00", "19:00"]],
      sat: [["10:00", "18:00"]],
      sun: [],
    });
    expect(parseHoursText("MON,WED 9:00-17:00")?.wed).toEqual([["09:00", "17:00"]]);
  });

  it("refuses what is not in that form", () => {
    for (const text of ["", "weekdays 09:00-19:00", "mon 9h-19h", "fri-mon 09:00-19:00", "mon"]) expect(parseHoursText(text)).toBeNull();
  });

  it("writes hours back in the same form, grouping equal days", () => {
    const text = "mon-fri 09:00-19:00; sat 10:00-18:00";
    expect(formatHoursText(parseHoursText(text)!)).toBe(text);
  });
});

describe("compact holidays", () => {
  it("reads closed days and special hours with names of several words", () => {
    expect(parseHolidaysText("2026-12-25 Christmas closed; 2026-12-24 Christmas Eve 09:00-13:00")).toEqual([
      { date: "2026-12-25", name: "Christmas", hours: [] },
      { date: "2026-12-24", name: "Christmas Eve", hours: [["09:00", "13:00"]] },
    ]);
    expect(parseHolidaysText("2026-12-25 Christmas")).toBeNull();
    expect(parseHolidaysText("2026-12-25 closed")).toBeNull();
  });

  it("writes them back in the same form", () => {
    const text = "2026-12-24 Christmas Eve 09:00-13:00; 2026-12-25 Christmas closed";
    expect(formatHolidaysText(parseHolidaysText(text)!)).toBe(text);
  });
});

describe("checking rows", () => {
  it("accepts the template's rows", () => {
    const { valid, problems } = checkNodeRows(rowsOf(NODE_CSV_TEMPLATE));
    expect(problems).toEqual([]);
    expect(valid.map((v) => v.data.code)).toEqual(["ST-NAN-01", "DC-BDX"]);
    expect(valid[0].data).toMatchObject({ type: "STORE", lat: 47.2133, canPickup: true, franchise: false, holidays: [{ date: "2026-12-24" }, { date: "2026-12-25" }] });
    expect(valid[1].data).toMatchObject({ type: "DC", canPickup: false, holidays: [] });
  });

  it("reports each problem with its line, code and column, one per column", () => {
    const text = [
      HEADER,
      'ST-A,Store A,store,1 rue,Paris,75001,FR,48.8,2.3,Europe/Paris,yes,yes,yes,yes,100,"mon-sat 09:00-19:00",no,',
      'st-b,Store B,STORE,1 rue,Paris,75001,France,95,2.3,Mars/Olympus,maybe,yes,yes,yes,-5,"weekdays 9-5",no,"2026-02-30 Odd closed"',
      'DC-C,DC C,DC,1 rue,Lyon,69000,FR,45.7,4.8,Europe/Paris,yes,yes,no,yes,5000,"mon-fri 06:00-22:00",no,',
    ].join("\n");
    const { valid, problems } = checkNodeRows(rowsOf(text));
    expect(valid.map((v) => v.data.code)).toEqual(["ST-A"]);
    const row3 = problems.filter((p) => p.line === 3).map((p) => [p.column, p.issue.code]);
    expect(row3).toEqual(
      expect.arrayContaining([
        ["code", "NODE_CODE_FORMAT"],
        ["country", "NODE_COUNTRY_FORMAT"],
        ["lat", "TOO_BIG"],
        ["timeZone", "NODE_TIME_ZONE_UNKNOWN"],
        ["canShip", "NODE_IMPORT_BOOLEAN"],
        ["dailyCapacity", "TOO_SMALL"],
        ["openingHours", "NODE_IMPORT_HOURS_FORMAT"],
        ["holidays", "HOLIDAY_DATE_FORMAT"],
      ]),
    );
    expect(row3).toHaveLength(8);
    expect(problems.filter((p) => p.line === 4)).toEqual([{ line: 4, code: "DC-C", column: "canPickup", issue: { code: "NODE_DC_NO_PICKUP" } }]);
  });

  it("refuses a code written on two rows, on both of them", () => {
    const row = 'ST-A,Store A,STORE,1 rue,Paris,75001,FR,48.8,2.3,Europe/Paris,yes,yes,yes,yes,100,"mon-sat 09:00-19:00",no,';
    const { valid, problems } = checkNodeRows(rowsOf([HEADER, row, row].join("\n")));
    expect(valid).toEqual([]);
    expect(problems.map((p) => [p.line, p.column, p.issue])).toEqual([
      [2, "code", { code: "NODE_IMPORT_DUPLICATE_CODE", params: { code: "ST-A", rows: "3" } }],
      [3, "code", { code: "NODE_IMPORT_DUPLICATE_CODE", params: { code: "ST-A", rows: "2" } }],
    ]);
  });

  it("says what is wrong with a header, and accepts one in any case without the optional columns", () => {
    expect(nodeRowsFromRecords(parseCsv("code,name\nX,Y"))).toMatchObject({ ok: false, issue: { code: "NODE_IMPORT_MISSING_COLUMNS" } });
    expect(nodeRowsFromRecords(parseCsv(`${HEADER},colour\n`))).toMatchObject({ ok: false, issue: { code: "NODE_IMPORT_UNKNOWN_COLUMNS", params: { columns: "colour" } } });
    expect(nodeRowsFromRecords(parseCsv(HEADER))).toMatchObject({ ok: false, issue: { code: "NODE_IMPORT_EMPTY" } });
    const upper = HEADER.split(",").slice(0, 16).map((c) => c.toUpperCase()).join(",");
    const read = nodeRowsFromRecords(parseCsv(`${upper}\nDC-X,DC X,DC,1 rue,Lyon,69000,FR,"45,7",4.8,Europe/Paris,1,0,0,1,10,mon-fri 08:00-18:00`));
    expect(read.ok).toBe(true);
    const { valid, problems } = checkNodeRows(read.ok ? read.rows : []);
    expect(problems).toEqual([]);
    expect(valid[0].data).toMatchObject({ lat: 45.7, franchise: false, holidays: [] });
  });
});
