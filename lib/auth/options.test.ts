// Sessions need a secret in production and secure cookies on an https site.
import { afterEach, describe, expect, it, vi } from "vitest";
import { assertAuthSecret, exitWithoutAuthSecret, secureCookiesFor } from "./options";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("the session secret", () => {
  it("refuses to start in production without NEXTAUTH_SECRET, with a message saying what to set", () => {
    expect(() => assertAuthSecret({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET is not set/);
    expect(() => assertAuthSecret({ NODE_ENV: "production", NEXTAUTH_SECRET: "  " })).toThrow(/NEXTAUTH_SECRET/);
  });

  it("starts in production with a secret, and in development without one", () => {
    expect(() => assertAuthSecret({ NODE_ENV: "production", NEXTAUTH_SECRET: "a-long-random-value" })).not.toThrow();
    expect(() => assertAuthSecret({ NODE_ENV: "development" })).not.toThrow();
  });
});

describe("the server's start (instrumentation.ts)", () => {
  it("ends the process with the message when production has no secret, and carries on with one", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation(() => undefined as never);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_SECRET", "");
    exitWithoutAuthSecret();
    expect(exit).toHaveBeenCalledWith(1);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/NEXTAUTH_SECRET is not set/));
    exit.mockClear();
    vi.stubEnv("NEXTAUTH_SECRET", "a-long-random-value");
    exitWithoutAuthSecret();
    expect(exit).not.toHaveBeenCalled();
  });
});

describe("session cookies", () => {
  it("are secure (HTTPS only) when the site is served over https, not on a plain http demo", () => {
    expect(secureCookiesFor({ NEXTAUTH_URL: "https://oms.example.com" })).toBe(true);
    expect(secureCookiesFor({ NEXTAUTH_URL: "HTTPS://oms.example.com" })).toBe(true);
    expect(secureCookiesFor({ NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
    expect(secureCookiesFor({})).toBe(false);
  });
});
