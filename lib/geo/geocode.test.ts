import { describe, expect, it } from "vitest";
import { RuleViolation } from "@/lib/errors";
import { geocodeAddress } from "./geocode";

const km = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
  const r = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(r(b.lat - a.lat) / 2) ** 2 + Math.cos(r(a.lat)) * Math.cos(r(b.lat)) * Math.sin(r(b.lng - a.lng) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

describe("geocoding delivery addresses", () => {
  it("places French postcodes in their département", () => {
    expect(km(geocodeAddress({ postalCode: "75011", country: "FR" }), { lat: 48.857, lng: 2.38 })).toBeLessThan(10);
    expect(km(geocodeAddress({ postalCode: "69003", country: "fr" }), { lat: 45.76, lng: 4.85 })).toBeLessThan(10);
    expect(km(geocodeAddress({ postalCode: "13 008", country: "FR" }), { lat: 43.27, lng: 5.39 })).toBeLessThan(30);
  });

  it("places Belgian and Swiss postcodes in their region", () => {
    expect(km(geocodeAddress({ postalCode: "1000", country: "BE" }), { lat: 50.85, lng: 4.35 })).toBeLessThan(5);
    expect(km(geocodeAddress({ postalCode: "1204", country: "CH" }), { lat: 46.2, lng: 6.15 })).toBeLessThan(5);
    expect(km(geocodeAddress({ postalCode: "8001", country: "CH" }), { lat: 47.37, lng: 8.54 })).toBeLessThan(5);
  });

  it("falls back to the country for an unknown postcode, and says so", () => {
    expect(geocodeAddress({ postalCode: "L-1234", country: "LU" }).precision).toBe("country");
  });

  it("refuses a country it does not serve", () => {
    expect(() => geocodeAddress({ postalCode: "10001", country: "US" })).toThrow(RuleViolation);
  });
});
