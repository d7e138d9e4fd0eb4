/**
 * Field-level rule on personal data, in one place. A field of a read model marked
 * `@PersonalData()` is an allow-list: its value leaves the API only for ADMIN or for the staff of
 * the row's establishment (the parent object carries `establishmentId`). Everyone else — an
 * analyst always, a network manager, staff of another establishment — gets FORBIDDEN on that
 * field, never the value. The decorator itself attaches the check (a field middleware), so a new
 * personal field is guarded by its decorator alone, whatever resolver returns its parent.
 *
 * Every personal field served is remembered for the request; at the end of the request the
 * Apollo plugin below writes ONE READ_PERSONAL_DATA audit event per row read, with the names of
 * the fields read (never their values). When that write fails, the response is withheld.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLField, GraphQLResolveInfo } from "graphql";
import { AuditAction, ErrorCode } from "@clea/schema";
import { Extensions, UseMiddleware, type MiddlewareFn } from "type-graphql";
import { auditService } from "../modules/audit/audit.service.js";
import type { RequestContext } from "./context.js";
import { logger } from "./logger.js";
import { ForbiddenError } from "./permissions.js";
import { ESTABLISHMENT_READERS } from "./scope.js";

const PERSONAL = "clea:personalData";

/** What the audit event of a read says the row is (`Candidate`…). */
export interface PersonalDataOptions {
  entityType: string;
}

/** Marks a field of a read model as personal data and guards it (see the module comment). */
export const PersonalData =
  (options: PersonalDataOptions = { entityType: "Candidate" }): MethodDecorator & PropertyDecorator =>
  (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    Extensions({ [PERSONAL]: options })(target, key, descriptor as never);
    UseMiddleware(PersonalDataGuard)(target, key, descriptor as never);
  };

/** The personal-data marking of a field of the built schema, if any. */
export function personalDataOf(field: Pick<GraphQLField<unknown, unknown>, "extensions">): PersonalDataOptions | undefined {
  return field.extensions?.[PERSONAL] as PersonalDataOptions | undefined;
}

/** What a parent object must carry for its personal fields to be served. */
interface PersonalRow {
  id: string;
  establishmentId: string;
  networkId?: string | null;
}

export const PERSONAL_DATA_FORBIDDEN =
  "Donnée personnelle : accès réservé à l'administration et au personnel de l'établissement du candidat.";

/** True when the caller may read the personal fields of a row of `establishmentId`. */
export function mayReadPersonalData(ctx: RequestContext, establishmentId: string): boolean {
  const p = ctx.principal;
  if (!p) return false;
  return p.isAdmin || p.establishmentIds(...ESTABLISHMENT_READERS).includes(establishmentId);
}

/** The establishments whose rows' personal fields the caller reads; "ALL" for ADMIN. */
export function personalDataEstablishments(ctx: RequestContext): "ALL" | string[] {
  const p = ctx.principal;
  if (!p) return [];
  return p.isAdmin ? "ALL" : p.establishmentIds(...ESTABLISHMENT_READERS);
}

interface PendingRead extends PersonalRow {
  entityType: string;
  fields: Set<string>;
}

/** Personal fields served in each request, by row, until the request ends. */
const reads = new WeakMap<RequestContext, Map<string, PendingRead>>();

function isPersonalRow(root: unknown): root is PersonalRow {
  const r = root as Partial<PersonalRow> | null;
  return typeof r?.id === "string" && typeof r.establishmentId === "string";
}

export const PersonalDataGuard: MiddlewareFn<RequestContext> = async ({ root, context, info }, next) => {
  const marking = personalDataOf(fieldOf(info));
  if (!marking) return next(); // fields reach this guard through @PersonalData() only
  // Fail closed: a parent that does not say which establishment holds it serves nothing.
  if (!isPersonalRow(root) || !mayReadPersonalData(context, root.establishmentId)) throw new ForbiddenError(PERSONAL_DATA_FORBIDDEN);
  const value = await next();
  let pending = reads.get(context);
  if (!pending) reads.set(context, (pending = new Map()));
  const key = `${marking.entityType}:${root.id}`;
  let read = pending.get(key);
  if (!read) {
    read = { entityType: marking.entityType, id: root.id, establishmentId: root.establishmentId, networkId: root.networkId ?? null, fields: new Set() };
    pending.set(key, read);
  }
  read.fields.add(info.fieldName);
  return value;
};

function fieldOf(info: GraphQLResolveInfo) {
  return info.parentType.getFields()[info.fieldName]!;
}

/** Writes the request's READ_PERSONAL_DATA events (one per row), in one transaction. */
export async function flushPersonalDataReads(ctx: RequestContext): Promise<number> {
  const pending = reads.get(ctx);
  reads.delete(ctx);
  if (!pending?.size) return 0;
  await ctx.transaction(async (tx) => {
    for (const r of pending.values())
      await auditService.record(tx, {
        action: AuditAction.READ_PERSONAL_DATA,
        entityType: r.entityType,
        entityId: r.id,
        changedFields: [...r.fields],
        networkId: r.networkId,
        establishmentId: r.establishmentId,
      });
  });
  return pending.size;
}

/**
 * Records the personal data a response carries before sending it. If the trail cannot be written,
 * the client gets an internal error instead of data nobody would know was read.
 */
export const personalDataAuditPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        try {
          await flushPersonalDataReads(contextValue);
        } catch (err) {
          logger.error({ err, requestId: contextValue.requestId }, "READ_PERSONAL_DATA audit failed: response withheld");
          if (response.body.kind === "single")
            response.body.singleResult = {
              errors: [{ message: `Erreur interne. Si elle persiste, communiquez au support l'identifiant de la requête : ${contextValue.requestId}.`, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: contextValue.requestId } }],
            };
        }
      },
    };
  },
};
