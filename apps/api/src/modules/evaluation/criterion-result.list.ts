import { CriterionResultValue } from "@clea/schema";
import { defineCollection, toOne, relatedTo } from "../../core/collection.js";
import { CriterionResult } from "./evaluation.entity.js";

/** The code of the result's criterion. */
const criterionCode = (a: string) => `(SELECT c.code FROM criterion c WHERE c.id = ${a}."criterionId")`;
const resultSql = (a: string) => `(CASE WHEN ${a}.acquired THEN 'ACQUIRED' ELSE 'NOT_ACQUIRED' END)`;

/**
 * The criterion results list (docs/adr/0019): one row per criterion of every evaluation the
 * caller may see (scoped through its evaluation, hence its dossier). The largest table of the
 * product: filter it (an evaluation, a dossier's state, a criterion) before paging. By criterion
 * code by default.
 */
export const criterionResultList = defineCollection<CriterionResult>({
  name: "CriterionResult",
  entity: CriterionResult,
  alias: "cr",
  filter: {
    description: "Filtre des résultats par critère",
    fields: {
      evaluationId: "id",
      criterionId: "id",
      criterionCode: { kind: "string", sql: criterionCode, description: "Code du critère (ex. D1.2.3)" },
      domainCode: {
        kind: "string",
        sql: (a) =>
          `(SELECT dom.code FROM criterion c JOIN sub_domain sd ON sd.id = c."subDomainId" JOIN domain dom ON dom.id = sd."domainId" WHERE c.id = ${a}."criterionId")`,
        description: "Code du domaine du critère",
      },
      result: { kind: { enum: CriterionResultValue, name: "CriterionResultValue" }, sql: resultSql, description: "Acquis ou non acquis" },
      dossierId: {
        kind: "id",
        sql: (a) => `(SELECT e."dossierId" FROM evaluation e WHERE e.id = ${a}."evaluationId")`,
        description: "Le dossier de l'évaluation",
      },
    },
    relations: {
      evaluation: toOne("Evaluation", "evaluationId", "Son évaluation"),
      dossier: relatedTo(
        "Dossier",
        (o, i) => `${i}.id = (SELECT e."dossierId" FROM evaluation e WHERE e.id = ${o}."evaluationId")`,
        "Le dossier de son évaluation",
      ),
    },
  },
  order: {
    CRITERION_CODE: { sql: criterionCode, description: "Code du critère" },
    RESULT: { sql: resultSql, description: "Résultat (acquis d'abord)" },
  },
  defaultOrder: [{ field: "CRITERION_CODE", direction: "ASC" }],
  // No id of its own: the evaluation and the criterion identify a result.
  key: ["evaluationId", "criterionId"],
});
