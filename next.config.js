/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm from its own package folder: it must not be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "highs"],
  // Lets several dev servers run side by side in one checkout (each with its own folder).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // `npm test` type-checks the whole project (tests and scripts included) as its first stage;
  // the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Security headers on every response. Pages also get a Content-Security-Policy with a per-request
  // nonce from proxy.ts (lib/security/csp.ts); the API, which the proxy does not run for, gets a
  // policy that lets nothing run or frame its answers. HSTS only in production (served over HTTPS).
  async headers() {
    const everywhere = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
      ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
    ];
    return [
      { source: "/:path*", headers: everywhere },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 status.
    authInterrupts: true,
  },
};

export default nextConfig;
