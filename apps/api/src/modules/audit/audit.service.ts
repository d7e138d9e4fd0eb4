import { AuditAction, ErrorCode, Role } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { DomainError } from "../../core/errors.js";
import type { ListArgs } from "../../core/collection.js";
import { mapConnection, type ConnectionShape } from "../../core/list.js";
import { ForbiddenError } from "../../core/permissions.js";
import { AuditEvent } from "./audit.entity.js";
import { auditEventList } from "./audit.list.js";
import type { AuditEventView } from "./audit.types.js";

/** What a service says about an act; who, when, from where and in which request come from the context. */
export interface AuditRecord {
  action: AuditAction;
  /** The entity's class name (`Network`, `User`…). */
  entityType: string;
  entityId?: string | null;
  /** Names of the changed fields, never their values (see `changedFieldNames`). */
  changedFields?: readonly string[];
  /** The network and establishment the act is about: their managers read the event. */
  networkId?: string | null;
  establishmentId?: string | null;
  /**
   * The actor when it is not the request's principal: the user who just signed in (the request
   * has no principal yet). Omitted: the principal, or nobody for system work.
   */
  actor?: { userId: string; roles: readonly Role[] } | null;
}

/** A field name, possibly dotted (`address.city`): anything else could be a value. */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,59}(\.[A-Za-z0-9_]{1,60}){0,4}$/;
const MAX_FIELDS = 100;

/**
 * Names of the fields of `changes` whose value differs from `before`: what `record` wants as
 * `changedFields`. Values are compared, never kept.
 */
export function changedFieldNames(before: object, changes: object): string[] {
  const b = before as Record<string, unknown>;
  return Object.entries(changes)
    .filter(([k, v]) => v !== undefined && comparable(b[k]) !== comparable(v))
    .map(([k]) => k);
}

const comparable = (v: unknown) => (v instanceof Date ? v.toISOString() : JSON.stringify(v ?? null));

/**
 * The changed field names, checked: a caller that passed values by mistake (an email, a free
 * text) gets an error that rolls its transaction back, rather than a value in the trail.
 */
function fieldNames(names: readonly string[] = []): string[] {
  if (names.length > MAX_FIELDS) throw new Error(`audit: at most ${MAX_FIELDS} changed fields per event`);
  for (const n of names) if (!FIELD_NAME.test(n)) throw new Error("audit: changedFields must hold field names only");
  return [...new Set(names)].sort();
}

export const auditService = {
  /**
   * Appends an event with the caller's entity manager, i.e. inside the caller's transaction:
   * the event commits with the change it records, or not at all.
   */
  async record(ctx: RequestContext, e: AuditRecord): Promise<void> {
    const actor = e.actor !== undefined ? e.actor : ctx.principal ? { userId: ctx.principal.userId, roles: ctx.principal.roles } : null;
    await ctx.em.getRepository(AuditEvent).insert({
      actorId: actor?.userId ?? null,
      actorRole: actor ? [...actor.roles].sort().join(",") : null,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId ?? null,
      changedFields: fieldNames(e.changedFields),
      // The request id may come from a client header: keep it within the column.
      requestId: ctx.requestId.slice(0, 100),
      networkId: e.networkId ?? null,
      establishmentId: e.establishmentId ?? null,
      ip: ctx.http?.ip?.slice(0, 64) ?? null,
    });
  },

  /**
   * Events newest first. ADMIN reads everything; a network manager reads the events about their
   * networks; everyone else is refused (reading the trail is never system work).
   */
  async list(ctx: RequestContext, args: ListArgs): Promise<ConnectionShape<AuditEventView>> {
    const p = ctx.principal;
    if (!p) throw new DomainError(ErrorCode.UNAUTHENTICATED, "Connectez-vous pour consulter le journal d'audit.");
    if (!p.isAdmin && !p.has(Role.NETWORK_MANAGER))
      throw new ForbiddenError("Le journal d'audit est réservé aux administrateurs et aux responsables de réseau.");
    const page = await auditEventList.page(ctx, args, (qb) => {
      if (p.isAdmin) return;
      const networkIds = p.networkIds(Role.NETWORK_MANAGER);
      if (networkIds.length) qb.andWhere(`e."networkId" IN (:...readerNetworkIds)`, { readerNetworkIds: networkIds });
      else qb.andWhere("false");
    });
    const showIp = p.isAdmin;
    return mapConnection(page, (node) => view(node, showIp));
  },
};

function view(e: AuditEvent, showIp: boolean): AuditEventView {
  return {
    id: e.id,
    occurredAt: e.occurredAt,
    actorId: e.actorId,
    actorRoles: e.actorRole ? e.actorRole.split(",") : [],
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    changedFields: e.changedFields,
    requestId: e.requestId,
    networkId: e.networkId,
    establishmentId: e.establishmentId,
    ip: showIp ? e.ip : null,
  };
}
