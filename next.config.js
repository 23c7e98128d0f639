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
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 status.
    authInterrupts: true,
  },
};

export default nextConfig;
