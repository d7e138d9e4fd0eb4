import { ReferentialStatus } from "@clea/schema";
import type { ReferentialSeed } from "./referentials/seed.js";
import type { RequestContext } from "../core/context.js";
import { insertTree } from "../modules/referential/referential.document.js";
import { Certification, Referential } from "../modules/referential/referential.entity.js";
import { clea } from "./referentials/clea.js";
import { cleaManagement } from "./referentials/clea-management.js";
import { cleaNumerique } from "./referentials/clea-numerique.js";

/**
 * The project's own référentiels: one published version per certification, written as typed
 * documents in ./referentials/ (converted once from the research snapshot, with its
 * uncertainties kept as notes). Later versions are made through the API (draft, edit, publish).
 */
export type { ReferentialSeed } from "./referentials/seed.js";

export const referentialSeeds: readonly ReferentialSeed[] = [clea, cleaNumerique, cleaManagement];

/**
 * Inserts the certifications that are missing, each with its seed version, in one transaction;
 * does nothing (one SELECT) when all are present, so it runs at every start. A certification
 * already there is never touched: its versions belong to the admins from then on. Two instances
 * starting together are safe: the insert skips a code another one has just written.
 */
export async function ensureReferentials(ctx: RequestContext): Promise<void> {
  const present = new Set((await ctx.em.getRepository(Certification).find({ select: { code: true } })).map((c) => c.code));
  const missing = referentialSeeds.filter((s) => !present.has(s.certification.code));
  if (missing.length === 0) return;
  await ctx.transaction(async (tx) => {
    for (const seed of missing) {
      const inserted = await tx.em
        .createQueryBuilder()
        .insert()
        .into(Certification)
        .values(seed.certification)
        .orIgnore()
        .returning(["id"])
        .execute();
      const certificationId = (inserted.raw as { id: string }[])[0]?.id;
      if (!certificationId) continue;
      const doc = seed.referential;
      const version = await tx.em.getRepository(Referential).save(
        tx.em.getRepository(Referential).create({
          certificationId,
          version: doc.version,
          label: doc.label,
          status: doc.status ?? ReferentialStatus.PUBLISHED,
          effectiveFrom: doc.effectiveFrom ?? null,
          effectiveTo: doc.effectiveTo ?? null,
          publishedAt: new Date(),
          notes: doc.notes ?? [],
        }),
      );
      await insertTree(tx.em, version.id, doc.domains);
    }
  });
}
