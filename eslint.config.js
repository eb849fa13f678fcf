// @ts-check
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

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
  {
    // The law as code imports nothing of the rest of the project and no I/O (ARCHITECTURE.md).
    files: ["src/rules/**/*.ts"],
    ignores: ["src/rules/**/*.test.ts", "src/rules/**/*.test-support.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["../../*", "!../../rules/*"], message: "src/rules imports nothing from the rest of the project." },
            { group: ["node:*", "fs", "path", "child_process", "http", "net"], message: "src/rules is pure: no I/O." },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
);
