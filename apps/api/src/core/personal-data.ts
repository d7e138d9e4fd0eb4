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
 * the fields read (never their values). When that write fails, the response is withheld. The
 * trail is a feature (modules/audit): the composition root gives the writer of those events with
 * `recordPersonalDataReadsWith`; until it does, a response carrying personal data is withheld too.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLField, GraphQLResolveInfo } from "graphql";
import { ErrorCode, can, reachOf } from "@clea/schema";
import { Extensions, UseMiddleware, type MiddlewareFn } from "type-graphql";
import type { RequestContext } from "./context.js";
import { logger } from "./logger.js";
import { ForbiddenError } from "./permissions.js";

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

/** True when the caller may read the personal fields of a row of `establishmentId` (capability `candidate.identity`). */
export function mayReadPersonalData(ctx: RequestContext, establishmentId: string): boolean {
  return Boolean(ctx.principal) && can(ctx.principal!.grants, "candidate.identity", { establishmentId });
}

/** The establishments whose rows' personal fields the caller reads; "ALL" for national grants of `candidate.identity`. */
export function personalDataEstablishments(ctx: RequestContext): "ALL" | string[] {
  const reach = reachOf(ctx.principal?.grants, "candidate.identity");
  return reach === "ALL" ? "ALL" : reach.establishmentIds;
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
    read = {
      entityType: marking.entityType,
      id: root.id,
      establishmentId: root.establishmentId,
      networkId: root.networkId ?? null,
      fields: new Set(),
    };
    pending.set(key, read);
  }
  read.fields.add(info.fieldName);
  return value;
};

function fieldOf(info: GraphQLResolveInfo) {
  return info.parentType.getFields()[info.fieldName]!;
}

/** One row whose personal fields a request read: what its READ_PERSONAL_DATA event says. */
export interface PersonalDataRead {
  entityType: string;
  entityId: string;
  /** The names of the fields read, never their values. */
  changedFields: string[];
  networkId: string | null;
  establishmentId: string;
}

/** Writes the READ_PERSONAL_DATA event of one row, in the transaction `tx`. */
export type PersonalDataReadRecorder = (tx: RequestContext, read: PersonalDataRead) => Promise<unknown>;

let recorder: PersonalDataReadRecorder | undefined;

/** Given once by the composition root (apps/api/src/app): the audit trail's writer. */
export function recordPersonalDataReadsWith(write: PersonalDataReadRecorder): void {
  recorder = write;
}

/** Writes the request's READ_PERSONAL_DATA events (one per row), in one transaction. */
export async function flushPersonalDataReads(ctx: RequestContext): Promise<number> {
  const pending = reads.get(ctx);
  reads.delete(ctx);
  if (!pending?.size) return 0;
  // Fail closed: personal data read with nobody to write the trail is not sent (the plugin withholds it).
  const write = recorder;
  if (!write) throw new Error("no recorder of personal-data reads (recordPersonalDataReadsWith): response withheld");
  await ctx.transaction(async (tx) => {
    for (const r of pending.values())
      await write(tx, {
        entityType: r.entityType,
        entityId: r.id,
        changedFields: [...r.fields],
        networkId: r.networkId ?? null,
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
              errors: [
                {
                  message: `Erreur interne. Si elle persiste, communiquez au support l'identifiant de la requête : ${contextValue.requestId}.`,
                  extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: contextValue.requestId },
                },
              ],
            };
        }
      },
    };
  },
};
