import type { RequestContext } from "../../core/context.js";
import { AuditAction } from "@clea/schema";
import { audited, changedFieldNames } from "../audit/index.js";
import { assertCan } from "../../core/permissions.js";
import type { ListArgs } from "../../core/collection.js";
import { networkList } from "./network.list.js";
import { ConflictError, assertNoProblems } from "../../core/errors.js";
import type { ConnectionShape } from "../../core/list.js";
import { collectProblems, type NetworkKind } from "@clea/schema";
import { findOrFail } from "../../core/find.js";
import { nameProblem } from "@clea/schema";
import { Network } from "./network.entity.js";
import { mapUniqueViolation } from "../../core/unique-violation.js";
import type { CreateNetworkInput, UpdateNetworkInput } from "./network.inputs.js";

const duplicateName = (name: string) => `Un réseau nommé « ${name} » existe déjà.`;

export const networkService = {
  /** Networks in the caller's scope, filtered and sorted as asked (by name by default). */
  list(ctx: RequestContext, args: ListArgs): Promise<ConnectionShape<Network>> {
    return networkList.page(ctx, args);
  },

  get(ctx: RequestContext, id: string): Promise<Network> {
    return findOrFail(ctx, Network, id, "Réseau");
  },

  async create(ctx: RequestContext, input: CreateNetworkInput): Promise<Network> {
    assertCan(ctx, "network.create", undefined, "Seule l'équipe nationale crée des réseaux.");
    const name = input.name.trim();
    assertNoProblems(collectProblems({ name: nameProblem(name, 200, "Le nom du réseau") }));
    await assertNameFree(ctx, name);
    return mapUniqueViolation(
      () =>
        audited(
          ctx,
          (tx) => tx.em.getRepository(Network).save({ name, kind: input.kind }),
          (n) => ({ action: AuditAction.CREATE, entityType: "Network", entityId: n.id, changedFields: ["name", "kind"], networkId: n.id }),
        ),
      { name: duplicateName(name) },
    );
  },

  async update(ctx: RequestContext, id: string, input: UpdateNetworkInput): Promise<Network> {
    const network = await networkService.get(ctx, id);
    assertCan(ctx, "network.create", undefined, "Seule l'équipe nationale modifie les réseaux.");
    const changes: { name?: string; kind?: NetworkKind } = {};
    if (input.name != null) changes.name = input.name.trim();
    if (input.kind != null) changes.kind = input.kind;
    assertNoProblems(collectProblems({ name: changes.name != null ? nameProblem(changes.name, 200, "Le nom du réseau") : null }));
    if (changes.name != null && changes.name !== network.name) await assertNameFree(ctx, changes.name, id);
    const changedFields = changedFieldNames(network, changes);
    Object.assign(network, changes);
    return mapUniqueViolation(
      () =>
        audited(
          ctx,
          (tx) => tx.em.getRepository(Network).save(network),
          (n) => ({ action: AuditAction.UPDATE, entityType: "Network", entityId: n.id, changedFields, networkId: n.id }),
        ),
      { name: duplicateName(network.name) },
    );
  },
};

/** Two networks whose names differ only by case would be confusing in every list. */
async function assertNameFree(ctx: RequestContext, name: string, exceptId?: string) {
  const qb = ctx.em.getRepository(Network).createQueryBuilder("n").where("lower(n.name) = lower(:name)", { name });
  if (exceptId) qb.andWhere("n.id <> :exceptId", { exceptId });
  const existing = await qb.getOne();
  if (existing) throw new ConflictError(duplicateName(existing.name), { field: "name" });
}
