import { policyReviewPolicy } from "../../policies/policy-reviews.ts";
import { officerBound } from "./access.ts";
import Type from "typebox";
import { policyReviews } from "../../store/schema.ts";
import { invalidField } from "../errors.ts";
import type { RecordKind } from "./define.ts";
import { PolicyReview, PolicyReviewCreate as create } from "../../records/officer-records.ts";
import { Id, listQuery, patchOf, presentStamps } from "./fields.ts";
import { officerAgency, organizationKind } from "./lookups.ts";

export const policyReviewKind: RecordKind = {
  name: "policy review",
  plural: "policy-reviews",
  description: "An officer's review of an SRO policy — the employing agency's, which subd. 3(c) and (d) require before serving.",
  table: policyReviews,
  schemas: {
    create,
    update: patchOf(create, PolicyReview, ["officerId"]),
    output: PolicyReview,
    filters: listQuery({ officerId: Type.Optional(Id), organizationId: Type.Optional(Id) }),
  },
  filterColumns: { officerId: policyReviews.officerId, organizationId: policyReviews.organizationId },
  orderBy: policyReviews.reviewedOn,
  access: officerBound(policyReviewPolicy, policyReviews.officerId, (r) => String(r["officerId"])),
  removable: true,
  async complete(db, v) {
    const organizationId = typeof v["organizationId"] === "string" ? v["organizationId"] : await officerAgency(db, String(v["officerId"]), "/officerId");
    const org = await organizationKind(db, organizationId, "/organizationId");
    const policy = v["policy"] ?? org.sroPolicy;
    if (policy === null) throw invalidField("/policy", "the organization has no adopted SRO policy on file: say which policy was reviewed");
    return { ...v, organizationId, policy, policyVersion: v["policyVersion"] ?? org.policyVersion };
  },
  affectedOfficers: (_db, row) => Promise.resolve([String(row["officerId"])]),
  present: (r) => ({ id: r.id, officerId: r["officerId"], organizationId: r["organizationId"], policy: r["policy"], policyVersion: r["policyVersion"], reviewedOn: r["reviewedOn"], ...presentStamps(r) }),
};
