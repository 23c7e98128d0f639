// Lint rules: Next.js core web vitals + TypeScript, plus the layering rules of CONVENTIONS.md
// (no Prisma in app/ or components/; the sourcing engine imports nothing from the database; each
// context is reached only through its two entries, below).
import fs from "node:fs";
import path from "node:path";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// ---- layering/entries: how code reaches a bounded context (lib/<context>/)
//
// Each context has two entries: `@/lib/<ctx>` (index.ts, the server entry: commands, queries, jobs)
// and `@/lib/<ctx>/client` (client.ts, what a browser bundle may load: schemas, types, pure
// helpers; it is also fine for server code). lib/errors.ts, lib/http.ts and lib/actions.ts are the
// shared kernel and sit outside every context. The rule, for every import, export-from and
// dynamic import(), alias or relative path alike:
//  1. Outside a context (another context, app/, components/, scripts/, e2e/, prisma/,
//     instrumentation.ts, proxy.ts), a context's files are reached only through its two entries:
//     no `@/lib/<ctx>/<internal module>`.
//  2. Inside a context, its own files are imported by relative path, never through its own entries
//     (`@/lib/<ctx>` from inside lib/<ctx>/ is an import cycle waiting to happen).
//  3. Browser code (everything under components/, and any "use client" module) imports values only
//     from client entries and lib/errors; from a server entry (`@/lib/<ctx>`, lib/http, lib/actions)
//     it may take types (`import type`, or every specifier marked `type`), which the compiler erases.
//  4. Test-only modules (lib/<ctx>/testing.ts, lib/<ctx>/testing/**, a module whose name ends in
//     `-testing`, lib/db/server-tests.ts) are imported only by tests (*.test.ts[x]), other
//     test-only modules, scripts/ and e2e/.
// lib/db is server-only and has no client entry (its Prisma client is lib/db/prisma.ts). i18n is a
// context like the others: `@/lib/i18n/client` for catalogues, translator and formatters,
// `@/lib/i18n` adds the request's language (next/headers). A lint rule sees one file at a time, so
// lib/layering.test.ts follows every client entry's imports to the end and fails if one reaches
// server code; it also lints sample imports with this configuration.
const TEST_ONLY = /(^|\/)(testing|server-tests|[a-z-]+-testing)(\/|$)/;
const TEST_FILE = /\.test\.tsx?$/;
const BROWSER_SAFE_KERNEL = new Set(["lib/errors"]);

function isDirectory(dir) {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function repoPath(filename, cwd) {
  return path.relative(cwd, filename).split(path.sep).join("/");
}

/** The repository path an import specifier names (no extension), or null for a package. */
function resolveSpecifier(spec, fromFile) {
  let target;
  if (spec.startsWith("@/")) target = spec.slice(2);
  else if (spec.startsWith("./") || spec.startsWith("../")) target = path.posix.join(path.posix.dirname(fromFile), spec);
  else return null;
  return target.replace(/\.(ts|tsx|mts|js|mjs)$/, "").replace(/\/index$/, "");
}

/** Where a repository path sits: its context and the module inside it ("" is the index). */
function locate(repoFile, cwd) {
  const parts = repoFile.replace(/\.(ts|tsx|mts|js|mjs)$/, "").split("/");
  if (parts[0] !== "lib") return { area: parts[0] };
  if (parts.length === 2 && !isDirectory(path.join(cwd, "lib", parts[1]))) return { area: "lib", kernel: `lib/${parts[1]}` };
  const inner = parts.slice(2).join("/");
  return { area: "lib", context: parts[1], module: inner === "index" ? "" : inner };
}

function isTypeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === "type" || s.exportKind === "type");
}

const entriesRule = {
  meta: {
    type: "problem",
    docs: { description: "Reach a bounded context only through its server entry or its client entry." },
    schema: [],
    messages: {
      internal: "Import \"{{spec}}\" through the {{context}} context's entry: \"@/lib/{{context}}\" (server) or \"@/lib/{{context}}/client\" (browser-safe); re-export it there if it is part of the context's face.",
      ownEntry: "Inside lib/{{context}}/, import the module by relative path, not through the context's own entry \"{{spec}}\" (import cycle).",
      browser: "Browser code (components/, \"use client\") takes values only from client entries: import from \"@/lib/{{context}}/client\" (or use `import type` for types).",
      browserKernel: "Browser code may take only types from \"{{spec}}\" (server-only).",
      testOnly: "\"{{spec}}\" is test-only: only tests, scripts/ and e2e/ may import it.",
    },
  },
  create(context) {
    const file = repoPath(context.filename, context.cwd);
    if (file.startsWith("..")) return {};
    const from = locate(file, context.cwd);
    const isTest = TEST_FILE.test(file);
    const fromTestOnly = from.context !== undefined && TEST_ONLY.test(from.module);
    const mayUseTestOnly = isTest || fromTestOnly || from.area === "scripts" || from.area === "e2e";
    let browser = from.area === "components";

    function check(node, sourceNode) {
      const spec = sourceNode && typeof sourceNode.value === "string" ? sourceNode.value : null;
      if (!spec) return;
      const target = resolveSpecifier(spec, file);
      if (!target || !target.startsWith("lib/")) return;
      const to = locate(target, context.cwd);
      const typeOnly = isTypeOnly(node);
      if (to.kernel) {
        if (browser && !BROWSER_SAFE_KERNEL.has(to.kernel) && !typeOnly) context.report({ node: sourceNode, messageId: "browserKernel", data: { spec } });
        return;
      }
      if (!to.context) return;
      if (to.context === from.context) {
        if (spec.startsWith("@/") && (to.module === "" || to.module === "client")) context.report({ node: sourceNode, messageId: "ownEntry", data: { spec, context: to.context } });
        return;
      }
      const data = { spec, context: to.context };
      if (TEST_ONLY.test(to.module)) {
        if (!mayUseTestOnly) context.report({ node: sourceNode, messageId: "testOnly", data });
        return;
      }
      if (to.module !== "" && to.module !== "client") {
        context.report({ node: sourceNode, messageId: "internal", data });
        return;
      }
      if (browser && to.module === "" && !typeOnly) context.report({ node: sourceNode, messageId: "browser", data });
    }

    return {
      Program(program) {
        const first = program.body[0];
        if (first && first.type === "ExpressionStatement" && first.directive === "use client") browser = true;
      },
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source),
    };
  },
};

const layering = { rules: { entries: entriesRule } };

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
    files: ["**/*.{ts,tsx,mts}"],
    plugins: { layering },
    rules: { "layering/entries": "error" },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/generated/prisma/client", "@prisma/client", "@/lib/db/prisma"], message: "app/ and components/ read data through lib/ queries, never Prisma directly." },
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
