// Types for the test that reads the security headers straight from next.config.js (plain JS).
declare module "@/next.config.js" {
  import type { NextConfig } from "next";
  const config: NextConfig;
  export default config;
}
