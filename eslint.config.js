// @ts-check
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/** A layer may not import the folders above it (ARCHITECTURE.md); tests may. */
function layer(folder, forbidden, message, io = []) {
  const patterns = forbidden.map((f) => ({ group: [`**/${f}/*`, `../${f}/*`, `../../${f}/*`], message }));
  if (io.length > 0) patterns.push({ group: io, message: `${folder} is pure: no I/O.` });
  return [
    {
      files: [`${folder}/**/*.ts`],
      ignores: ["**/*.test.ts", "**/*.test-support.ts"],
      rules: { "no-restricted-imports": ["error", { patterns }] },
    },
  ];
}

/** The roles of src/records/roles.ts, as a selector's pattern: the web may not spell them (issue 11, item 3). */
const WEB_ROLE_NAMES = "/^(CHIEF|TRAINING_COORDINATOR|SUPERVISOR|SRO|SUPERINTENDENT|SAFETY_COORDINATOR|PRINCIPAL|AUDITOR)$/";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-output/", "data/"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-unnecessary-condition": "off",
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": "off",
    },
  },
  // The law as code imports nothing of the rest of the project and no I/O (ARCHITECTURE.md).
  ...layer("src/rules", ["records", "status", "store", "services", "server", "cli", "demo", "importer", "policies", "audit"], "src/rules imports nothing from the rest of the project.", ["node:*", "fs", "path", "child_process", "http", "net"]),
  // The one vocabulary: each record kind's enumerations and field schemas, once (ARCHITECTURE.md).
  ...layer("src/records", ["status", "store", "services", "server", "cli", "demo", "importer", "policies", "audit", "web"], "src/records is pure: of the project it imports only the engine contract's enumerations (src/rules).", ["node:*", "fs", "path", "child_process", "http", "net", "drizzle-orm", "drizzle-orm/*"]),
  ...layer("src/status", ["records", "store", "services", "server", "cli", "demo", "importer", "policies", "audit"], "src/status is pure: it imports only src/rules."),
  ...layer("src/store", ["services", "server", "cli", "demo", "importer", "audit"], "src/store is data access: it may know status, rules and policies types, not the layers above it."),
  ...layer("src/policies", ["rules", "status", "store", "services", "server", "cli", "demo", "importer", "audit"], "src/policies is pure: who may do what, decided from an actor and plain facts.", ["node:*", "fs", "path", "child_process", "http", "net", "drizzle-orm", "drizzle-orm/*"]),
  ...layer("src/audit", ["services", "server", "cli", "demo", "importer", "policies"], "src/audit is the trail's data layer: it uses the store and nothing above it."),
  ...layer("src/services", ["server", "cli"], "src/services are operations: the HTTP and command-line front doors call them, not the reverse."),
  ...layer("src/importer", ["status", "store", "services", "server", "cli", "demo", "policies", "audit"], "src/importer reads and checks files with the record kinds' field schemas (src/records): no database access, no services, no front doors."),
  ...layer("src/server", ["cli"], "src/server does not depend on the command line."),
  // The web application talks to the server over HTTP only; of the rest of the project it may use the
  // headline statuses' names (pure constants). Event handlers in JSX are arrow shorthands.
  {
    files: ["src/web/**/*.ts", "src/web/**/*.tsx"],
    languageOptions: { globals: globals.browser },
    rules: {
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      "no-restricted-imports": ["error", { patterns: [{ regex: "(^|/)(rules|records|store|server|services|policies|audit|cli|demo|importer)/|(^|/)status/(?!headline\\.ts$)", message: "src/web reaches the server over HTTP: of the rest of src/ it imports only status/headline.ts." }] }],
      // Access is decided once, on the server (issue 11, item 3): the web shows the session answer's
      // `may` and each record's `actions`, and never names a role or asks whether one is the
      // administrator. A role's value in a type (a generated client's) is not a decision.
      "no-restricted-syntax": [
        "error",
        { selector: `Literal[value=${WEB_ROLE_NAMES}]:not(TSLiteralType > Literal)`, message: "The web names no role: show what the session's `user.may` or the record's `actions` say." },
        { selector: `TemplateElement[value.raw=${WEB_ROLE_NAMES}]`, message: "The web names no role: show what the session's `user.may` or the record's `actions` say." },
        { selector: `Property > Identifier.key[name=${WEB_ROLE_NAMES}]`, message: "The web names no role: the server gives a role's words (`roleTitle`)." },
        { selector: "MemberExpression > Identifier.property[name='isAdmin']", message: "The web asks no one whether they are the administrator: use the session's `user.may`." },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
);
