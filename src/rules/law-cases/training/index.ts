import type { LawCase } from "../case.ts";
import { cases as standard } from "./standard.cases.ts";
import { cases as grace } from "./grace.cases.ts";
import { cases as rollAndDecisions } from "./roll-and-decisions.cases.ts";
import { cases as incumbent } from "./incumbent.cases.ts";
import { cases as legacy } from "./legacy.cases.ts";
import { cases as substitutes } from "./substitutes.cases.ts";
import { cases as longTermSubstitutes } from "./long-term-substitutes.cases.ts";
import { cases as longTermSubstituteYears } from "./long-term-substitute-years.cases.ts";
import { cases as substituteRecords } from "./substitute-records.cases.ts";
import { cases as records } from "./records.cases.ts";

/** The training rows of the law case table, by subject. */
export const trainingCases: LawCase[] = [...standard, ...grace, ...rollAndDecisions, ...incumbent, ...legacy, ...substitutes, ...longTermSubstitutes, ...longTermSubstituteYears, ...substituteRecords, ...records];
