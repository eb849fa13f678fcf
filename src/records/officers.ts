import Type from "typebox";
import { closed, Id, stamps, Text } from "./fields.ts";

/** Peace officers, each employed by one agency. */
export const officerFields = {
  postLicense: Type.String({ minLength: 1, maxLength: 20, description: "The officer's POST Board license number." }),
  firstName: Text(100),
  lastName: Text(100),
  agencyId: Type.String({ format: "uuid", description: "The employing law enforcement agency." }),
};
export const OfficerCreate = Type.Object(officerFields, closed);
export const Officer = Type.Object({ id: Id, postLicense: Type.String(), firstName: Type.String(), lastName: Type.String(), agencyId: Id, ...stamps });
