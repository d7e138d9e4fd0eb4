import { CertificationCode } from "@clea/schema";
import type { FieldSpec } from "../../core/filter/define.js";

/** The `certificationCode` filter field of every list whose rows carry a `certificationId`. */
export const certificationCodeField: FieldSpec = {
  kind: { enum: CertificationCode, name: "CertificationCode" },
  sql: (a) => `(SELECT cf.code FROM certification cf WHERE cf.id = ${a}."certificationId")`,
  description: "Certification",
};
