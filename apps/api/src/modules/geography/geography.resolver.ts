import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context.js";
import { geographyService } from "./geography.service.js";
import { Department, Region } from "./geography.types.js";

@Resolver(() => Department)
export class GeographyResolver {
  @Query(() => [Region], { description: "Les régions françaises" })
  regions(@Ctx() ctx: RequestContext): Region[] {
    return geographyService.regions(ctx);
  }

  @Query(() => [Department], { description: "Les départements, ceux d'une région si elle est donnée" })
  departments(@Ctx() ctx: RequestContext, @Arg("regionCode", () => String, { nullable: true }) regionCode?: string | null): Department[] {
    return geographyService.departments(ctx, regionCode);
  }

  @FieldResolver(() => Region)
  region(@Ctx() ctx: RequestContext, @Root() department: Department): Region {
    return geographyService.region(ctx, department.regionCode);
  }
}
