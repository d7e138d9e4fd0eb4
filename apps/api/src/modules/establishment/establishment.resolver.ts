import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ListArgs } from "../../core/collection.js";
import type { RequestContext } from "../../core/context.js";
import type { ConnectionShape } from "../../core/list.js";
import { loadById, loadChildren } from "../../core/loaders.js";
import { LocalDate } from "../../core/scalars.js";
import { Department, Region, geographyService } from "../geography/index.js";
import { Habilitation } from "../habilitation/index.js";
import { Network } from "../network/index.js";
import { Organisation } from "../organisation/index.js";
import { Establishment } from "./establishment.entity.js";
import { CreateEstablishmentInput, UpdateEstablishmentInput } from "./establishment.inputs.js";
import { establishmentService } from "./establishment.service.js";
import { establishmentList } from "./establishment.list.js";
import { EstablishmentConnection } from "./establishment.types.js";

@Resolver(() => Establishment)
export class EstablishmentResolver {
  @Query(() => EstablishmentConnection, { description: "Les établissements, filtrés et triés (par défaut par nom)" })
  establishments(@Ctx() ctx: RequestContext, @Args(() => establishmentList.Args) args: ListArgs): Promise<ConnectionShape<Establishment>> {
    return establishmentService.list(ctx, args);
  }

  @Query(() => Establishment)
  establishment(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Establishment> {
    return establishmentService.get(ctx, id);
  }

  @Mutation(() => Establishment)
  createEstablishment(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateEstablishmentInput) input: CreateEstablishmentInput,
  ): Promise<Establishment> {
    return establishmentService.create(ctx, input);
  }

  @Mutation(() => Establishment)
  updateEstablishment(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateEstablishmentInput) input: UpdateEstablishmentInput,
  ): Promise<Establishment> {
    return establishmentService.update(ctx, id, input);
  }

  @Mutation(() => Establishment, { description: "Fermer un établissement (son historique est conservé) ; refusé s'il est déjà fermé" })
  closeEstablishment(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("closedOn", () => LocalDate, { description: "Date de fermeture, aujourd'hui ou avant" }) closedOn: string,
  ): Promise<Establishment> {
    return establishmentService.close(ctx, id, closedOn);
  }

  @Mutation(() => Establishment, { description: "Rouvrir un établissement fermé" })
  reopenEstablishment(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Establishment> {
    return establishmentService.reopen(ctx, id);
  }

  @Mutation(() => Establishment, {
    description:
      "Rattacher un établissement à un autre organisme du même réseau, avec son nouveau SIRET (qui commence par le SIREN de cet organisme)",
  })
  moveEstablishment(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("organisationId", () => ID) organisationId: string,
    @Arg("siret", () => String, { description: "Le SIRET de l'établissement dans son nouvel organisme" }) siret: string,
  ): Promise<Establishment> {
    return establishmentService.move(ctx, id, organisationId, siret);
  }

  @FieldResolver(() => Department)
  department(@Ctx() ctx: RequestContext, @Root() establishment: Establishment): Department {
    return geographyService.department(ctx, establishment.departmentCode);
  }

  @FieldResolver(() => Region)
  region(@Ctx() ctx: RequestContext, @Root() establishment: Establishment): Region {
    return geographyService.region(ctx, establishment.regionCode);
  }

  @FieldResolver(() => Organisation)
  async organisation(@Ctx() ctx: RequestContext, @Root() establishment: Establishment): Promise<Organisation> {
    return (await loadById(ctx, Organisation, establishment.organisationId))!;
  }

  @FieldResolver(() => Network)
  async network(@Ctx() ctx: RequestContext, @Root() establishment: Establishment): Promise<Network> {
    return (await loadById(ctx, Network, establishment.networkId))!;
  }

  @FieldResolver(() => [Habilitation])
  habilitations(@Ctx() ctx: RequestContext, @Root() establishment: Establishment): Promise<Habilitation[]> {
    return loadChildren(ctx, Habilitation, "establishmentId", establishment.id, { role: "ASC", createdAt: "ASC" });
  }
}
