import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

/**
 * Issue 10 item 13: `aaaaaaaaaaaa` met the length rule. NIST SP 800-63B §5.1.1.2 asks a verifier to
 * refuse passwords found in lists of commonly used or compromised values, repetitive or sequential
 * characters, and context-specific words (the service's name, the person's email or name) — what
 * zxcvbn estimates, offline, from its own dictionaries (no network: the lists ship in the packages).
 *
 * A password must score at least 3 of 4 ("safely unguessable: moderate protection from an offline
 * slow-hash scenario", about 10^8 guesses and more) — zxcvbn's own recommendation for a service that
 * hashes with a slow hash, as argon2id does here (docs/decisions/0014). The length rule of
 * passwords.ts (12 to 256 characters) still applies before this one.
 *
 * The dictionaries are large (several MB of word lists): they are loaded once, on the first password
 * set, not when the server starts.
 */
export const MIN_PASSWORD_SCORE = 3;

/** Words of this service anyone would try first beside the person's own email and name. */
const SERVICE_WORDS = ["sroc", "sro", "compliance", "school", "resource", "officer", "police", "minnesota"];

let estimator: Promise<ZxcvbnFactory> | undefined;

function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common"), import("@zxcvbn-ts/language-en")]);
    return new ZxcvbnFactory({
      translations: en.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...en.dictionary },
    });
  })();
  return estimator;
}

/** The parts of an email and a name a guesser would try (the local part, its words, the name's words). */
function contextWords(userInputs: readonly string[]): string[] {
  const words = new Set<string>(SERVICE_WORDS);
  for (const input of userInputs) {
    const lower = input.toLowerCase().trim();
    if (lower === "") continue;
    words.add(lower);
    for (const w of lower.split(/[^\p{L}\p{N}]+/u)) if (w.length >= 3) words.add(w);
  }
  return [...words];
}

/**
 * Why the password is too easy to guess, in plain words (zxcvbn's warning and suggestions), or null
 * when it is strong enough. `userInputs`: the account's email and name, which must not carry it.
 */
export async function passwordStrengthProblem(password: string, userInputs: readonly string[] = []): Promise<string | null> {
  const result = (await loadEstimator()).check(password, contextWords(userInputs));
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const advice = [result.feedback.warning, ...result.feedback.suggestions]
    .filter((s): s is string => typeof s === "string" && s.trim() !== "")
    .map((s) => s.trim().replace(/\.$/, ""))
    .map((s) => s.charAt(0).toLowerCase() + s.slice(1));
  return `is too easy to guess: ${advice.length === 0 ? "use a longer phrase of several unrelated words" : advice.join("; ")}`;
}
