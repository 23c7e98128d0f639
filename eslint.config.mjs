// Lint rules: Next.js core web vitals + TypeScript, plus the layering rules of CONVENTIONS.md
// (no Prisma in app/ or components/; the sourcing engine imports nothing from the database).
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-*/**", "generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/generated/prisma/client", "@prisma/client", "@/lib/db/client"], message: "app/ and components/ read data through lib/ queries, never Prisma directly." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/sourcing/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/*", "@/generated/*", "@prisma/*"], message: "The sourcing engine is pure: no database, no other contexts." }] },
      ],
    },
  },
];

export default config;
