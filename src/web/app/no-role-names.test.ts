import { ESLint, type Linter } from "eslint";
import { fileURLToPath } from "node:url";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

/**
 * Issue 11, item 3: the web names no role — it shows the session answer's `user.may` and each
 * record's `actions`. eslint.config.js holds the rule (`npm test` lints every file); this test keeps
 * the rule itself from being dropped or loosened: a page that spells a role, keys a map by one, or
 * asks `isAdmin` fails, while a role's value in a type (a generated client's) does not. The web's
 * rule is taken from the project's config and run alone (without type information: it needs none).
 */
const root = fileURLToPath(new URL("../../../", import.meta.url));

async function webRule(): Promise<Linter.RuleEntry> {
  const configUrl = new URL("eslint.config.js", `file://${root}`).href;
  const config = ((await import(configUrl)) as { default: Linter.Config[] }).default;
  const web = config.find((c) => c.files?.includes("src/web/**/*.tsx") === true && c.rules?.["no-restricted-syntax"] !== undefined);
  const rule = web?.rules?.["no-restricted-syntax"];
  if (rule === undefined) throw new Error("eslint.config.js has no no-restricted-syntax rule for src/web");
  return rule;
}

describe("the web names no role (eslint.config.js)", () => {
  it("refuses a role spelled in a comparison, a map's key, a template and isAdmin, not a type", async () => {
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: [{ files: ["**/*.tsx"], languageOptions: { parser: tseslint.parser }, rules: { "no-restricted-syntax": await webRule() } }],
    });
    const code = [
      'type Role = "AUDITOR" | "SRO";',
      'const role = "CHIEF";',
      "const titles = { PRINCIPAL: 1 };",
      "const user = { isAdmin: true };",
      "export const shown = [role, titles, user.isAdmin, `SUPERINTENDENT`] as unknown as Role;",
      "",
    ].join("\n");
    const [result] = await eslint.lintText(code, { filePath: `${root}src/web/app/example.tsx` });
    expect(result?.messages.filter((m) => m.ruleId !== "no-restricted-syntax")).toEqual([]);
    expect(result?.messages.map((m) => m.line)).toEqual([2, 3, 5, 5]);
  });
});
