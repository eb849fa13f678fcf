import type { LawCase } from "../case.ts";
import { cases as schoolRules } from "./school-rules.cases.ts";
import { cases as arrestAndForce } from "./arrest-and-force.cases.ts";
import { cases as restraint } from "./restraint.cases.ts";

/** The incident rows of the law case table, by subject. */
export const incidentCases: LawCase[] = [...schoolRules, ...arrestAndForce, ...restraint];
