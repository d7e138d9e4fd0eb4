import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context.js";
import type { ListArgs } from "../../core/collection.js";
import type { ConnectionShape } from "../../core/list.js";
import { auditEventList } from "./audit.list.js";
import { auditService } from "./audit.service.js";
import { AuditEventConnection, AuditEventView } from "./audit.types.js";

@Resolver(() => AuditEventView)
export class AuditResolver {
  // The service checks again (and scopes a network manager to their networks).
  @Query(() => AuditEventConnection, {
    description:
      "Le journal d'audit, du plus récent au plus ancien : tout pour un administrateur, les actes de ses réseaux pour un responsable de réseau",
  })
  auditEvents(@Ctx() ctx: RequestContext, @Args(() => auditEventList.Args) args: ListArgs): Promise<ConnectionShape<AuditEventView>> {
    return auditService.list(ctx, args);
  }
}
