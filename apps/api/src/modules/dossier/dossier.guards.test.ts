import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DossierAction, DossierGuard, dossierTransitions } from "@clea/schema";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { createNetwork, createOrganisation } from "../../test/organisation-fixtures.js";
import { evaluationCentre, openedDossier, TODAY, type Centre } from "../../test/dossier-fixtures.js";
import { dossierGuards, isPrerequisite } from "./dossier.guards.js";
import { transitionDossier } from "./dossier.transition.js";

describe("the guards of the dossier process", () => {
  it("have exactly one implementation per name, and each implemented guard is listed by an action", () => {
    const names = Object.values(DossierGuard);
    expect(Object.keys(dossierGuards).sort()).toEqual([...names].sort());
    const listed = new Set(dossierTransitions.flatMap((t) => t.guards));
    for (const g of names) expect(listed.has(g), `${g} is implemented but no action lists it`).toBe(true);
  });

  it("decide from the dossier and today alone only the window and the training path (what allowedActions can tell in advance)", () => {
    expect(Object.values(DossierGuard).filter(isPrerequisite).sort()).toEqual(["TRAINING_PATH_PLANNED", "WINDOW_OVER", "WITHIN_WINDOW"]);
  });
});

describe("transitionDossier", () => {
  let api: TestApi;
  let centre: Centre;
  beforeAll(async () => {
    api = await createTestApi();
    const network = await createNetwork(api, "Réseau des gardes");
    const organisation = await createOrganisation(api, network.id, "Organisme des gardes");
    centre = await evaluationCentre(api, organisation);
  });
  afterAll(async () => {
    await api?.drop();
  });

  const row = async (id: string) =>
    (
      await api.ds.query(
        `SELECT state, version, (SELECT count(*)::int FROM evaluation WHERE "dossierId" = $1) AS evaluations FROM dossier WHERE id = $1`,
        [id],
      )
    )[0];

  it("refuses to commit a step whose work ran a guard the table does not list for it, writing nothing", async () => {
    const d = await openedDossier(api, centre);
    const before = await row(d.id);
    await expect(
      transitionDossier(
        api.ctx,
        { dossierId: d.id, version: d.version, action: DossierAction.PLAN_PRELIMINARY },
        async (tx, dossier, guard) => {
          await guard("ESTABLISHMENT_HABILITATED", { day: TODAY, refused: "planifier d'évaluation", dateField: "plannedOn" });
          await guard("EVALUATOR_ASSIGNED", { evaluatorId: centre.evaluator.id });
          // Not listed for PLAN_PRELIMINARY:
          await guard("EVALUATOR_NOT_TRAINER", { evaluatorId: centre.evaluator.id });
          await tx.em.query(
            `INSERT INTO evaluation ("dossierId", "networkId", "establishmentId", kind, status, "plannedOn", "evaluatorId") VALUES ($1, $2, $3, 'PRELIMINARY', 'PLANNED', $4, $5)`,
            [dossier.id, dossier.networkId, dossier.establishmentId, TODAY, centre.evaluator.id],
          );
          return { to: "PRELIMINARY_PLANNED" };
        },
      ),
    ).rejects.toThrow(/run but not listed EVALUATOR_NOT_TRAINER/);
    expect(await row(d.id)).toEqual(before);
  });

  it("refuses to commit a step whose work skipped a guard the table lists for it, writing nothing", async () => {
    const d = await openedDossier(api, centre);
    const before = await row(d.id);
    await expect(
      transitionDossier(api.ctx, { dossierId: d.id, version: d.version, action: DossierAction.PLAN_PRELIMINARY }, async () => ({
        to: "PRELIMINARY_PLANNED",
      })),
    ).rejects.toThrow(/guards not run ESTABLISHMENT_HABILITATED, EVALUATOR_ASSIGNED/);
    expect(await row(d.id)).toEqual(before);
  });
});
