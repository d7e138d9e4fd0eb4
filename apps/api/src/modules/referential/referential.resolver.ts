import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { CertificationCode, ReferentialFileFormat } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { Certification, Criterion, Domain, Referential, SubDomain } from "./referential.entity.js";
import {
  AddCriterionInput,
  AddDomainInput,
  AddSubDomainInput,
  CreateReferentialDraftInput,
  ImportReferentialInput,
  UpdateCriterionInput,
  UpdateDomainInput,
  UpdateReferentialDraftInput,
  UpdateSubDomainInput,
} from "./referential.inputs.js";
import * as load from "./referential.loaders.js";
import { referentialService as service } from "./referential.service.js";
import { ReferentialFile } from "./referential.types.js";

/** Queries and mutations of the référentiels. Editing will be ADMIN-only once auth exists. */
@Resolver()
export class ReferentialResolver {
  @Query(() => [Certification], { description: "Les trois certifications, CléA d'abord" })
  certifications(@Ctx() ctx: RequestContext) {
    return service.certifications(ctx);
  }

  @Query(() => Certification)
  certification(@Ctx() ctx: RequestContext, @Arg("code", () => CertificationCode) code: CertificationCode) {
    return service.certification(ctx, code);
  }

  @Query(() => Referential)
  referential(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return service.referential(ctx, id);
  }

  @Query(() => [Criterion], {
    description: "Critères dont le code ou l'intitulé contient le texte, sans tenir compte de la casse ni des accents (200 au plus)",
  })
  searchCriteria(@Ctx() ctx: RequestContext, @Arg("referentialId", () => ID) referentialId: string, @Arg("text") text: string) {
    return service.searchCriteria(ctx, referentialId, text);
  }

  @Query(() => ReferentialFile)
  exportReferential(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("format", () => ReferentialFileFormat) format: ReferentialFileFormat,
  ) {
    return service.exportReferential(ctx, id, format);
  }

  @Mutation(() => Referential, { description: "Nouveau brouillon, copie de copyFromId (par défaut la version publiée)" })
  createReferentialDraft(@Ctx() ctx: RequestContext, @Arg("input", () => CreateReferentialDraftInput) input: CreateReferentialDraftInput) {
    return service.createReferentialDraft(ctx, input);
  }

  @Mutation(() => Referential)
  updateReferentialDraft(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateReferentialDraftInput) input: UpdateReferentialDraftInput,
  ) {
    return service.updateReferentialDraft(ctx, id, input);
  }

  @Mutation(() => Boolean)
  deleteReferentialDraft(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return service.deleteReferentialDraft(ctx, id);
  }

  @Mutation(() => Referential, { description: "Brouillon → publiée ; la version publiée jusque-là est retirée" })
  publishReferential(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return service.publishReferential(ctx, id);
  }

  @Mutation(() => Referential, { description: "Importe un fichier JSON ou CSV comme nouveau brouillon" })
  importReferential(@Ctx() ctx: RequestContext, @Arg("input", () => ImportReferentialInput) input: ImportReferentialInput) {
    return service.importReferential(ctx, input);
  }

  @Mutation(() => Domain)
  addDomain(
    @Ctx() ctx: RequestContext,
    @Arg("referentialId", () => ID) referentialId: string,
    @Arg("input", () => AddDomainInput) input: AddDomainInput,
  ) {
    return service.addDomain(ctx, referentialId, input);
  }

  @Mutation(() => Domain)
  updateDomain(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateDomainInput) input: UpdateDomainInput,
  ) {
    return service.updateDomain(ctx, id, input);
  }

  @Mutation(() => Referential)
  removeDomain(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return service.removeDomain(ctx, id);
  }

  @Mutation(() => Referential, { description: "Déplace le domaine à la position donnée (à partir de 0)" })
  moveDomain(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string, @Arg("position", () => Int) position: number) {
    return service.moveDomain(ctx, id, position);
  }

  @Mutation(() => SubDomain)
  addSubDomain(
    @Ctx() ctx: RequestContext,
    @Arg("domainId", () => ID) domainId: string,
    @Arg("input", () => AddSubDomainInput) input: AddSubDomainInput,
  ) {
    return service.addSubDomain(ctx, domainId, input);
  }

  @Mutation(() => SubDomain)
  updateSubDomain(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateSubDomainInput) input: UpdateSubDomainInput,
  ) {
    return service.updateSubDomain(ctx, id, input);
  }

  @Mutation(() => Referential)
  removeSubDomain(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return service.removeSubDomain(ctx, id);
  }

  @Mutation(() => Referential)
  moveSubDomain(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string, @Arg("position", () => Int) position: number) {
    return service.moveSubDomain(ctx, id, position);
  }

  @Mutation(() => Criterion)
  addCriterion(
    @Ctx() ctx: RequestContext,
    @Arg("subDomainId", () => ID) subDomainId: string,
    @Arg("input", () => AddCriterionInput) input: AddCriterionInput,
  ) {
    return service.addCriterion(ctx, subDomainId, input);
  }

  @Mutation(() => Criterion)
  updateCriterion(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateCriterionInput) input: UpdateCriterionInput,
  ) {
    return service.updateCriterion(ctx, id, input);
  }

  @Mutation(() => Referential)
  removeCriterion(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return service.removeCriterion(ctx, id);
  }

  @Mutation(() => Referential)
  moveCriterion(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string, @Arg("position", () => Int) position: number) {
    return service.moveCriterion(ctx, id, position);
  }
}

@Resolver(() => Certification)
export class CertificationFieldsResolver {
  @FieldResolver(() => [Referential], { description: "Toutes les versions, la plus récente d'abord" })
  referentials(@Root() c: Certification, @Ctx() ctx: RequestContext) {
    return load.versionsOf(ctx, c);
  }

  @FieldResolver(() => Referential, { nullable: true, description: "La version publiée, s'il y en a une" })
  currentReferential(@Root() c: Certification, @Ctx() ctx: RequestContext) {
    return load.currentVersionOf(ctx, c);
  }
}

@Resolver(() => Referential)
export class ReferentialFieldsResolver {
  @FieldResolver(() => Certification)
  certification(@Root() r: Referential, @Ctx() ctx: RequestContext) {
    return load.certificationOf(ctx, r);
  }

  @FieldResolver(() => [Domain], { description: "Dans l'ordre de leur position" })
  domains(@Root() r: Referential, @Ctx() ctx: RequestContext) {
    return load.domainsOf(ctx, r);
  }

  @FieldResolver(() => Int)
  domainCount(@Root() r: Referential, @Ctx() ctx: RequestContext) {
    return load.domainCountOf(ctx, r);
  }

  @FieldResolver(() => Int)
  subDomainCount(@Root() r: Referential, @Ctx() ctx: RequestContext) {
    return load.subDomainCountOf(ctx, r);
  }

  @FieldResolver(() => Int)
  criterionCount(@Root() r: Referential, @Ctx() ctx: RequestContext) {
    return load.criterionCountOf(ctx, r);
  }
}

@Resolver(() => Domain)
export class DomainFieldsResolver {
  @FieldResolver(() => [SubDomain])
  subDomains(@Root() d: Domain, @Ctx() ctx: RequestContext) {
    return load.subDomainsOf(ctx, d);
  }

  @FieldResolver(() => Int)
  criterionCount(@Root() d: Domain, @Ctx() ctx: RequestContext) {
    return load.domainCriterionCount(ctx, d);
  }
}

@Resolver(() => SubDomain)
export class SubDomainFieldsResolver {
  @FieldResolver(() => [Criterion])
  criteria(@Root() s: SubDomain, @Ctx() ctx: RequestContext) {
    return load.criteriaOf(ctx, s);
  }
}

@Resolver(() => Criterion)
export class CriterionFieldsResolver {
  @FieldResolver(() => String)
  async subDomainCode(@Root() c: Criterion, @Ctx() ctx: RequestContext) {
    return (await load.subDomainById(ctx, c.subDomainId)).code;
  }

  @FieldResolver(() => String)
  async domainCode(@Root() c: Criterion, @Ctx() ctx: RequestContext) {
    const s = await load.subDomainById(ctx, c.subDomainId);
    return (await load.domainById(ctx, s.domainId)).code;
  }
}

/** Listed once in app/resolvers.ts (the composition root). */
export const referentialResolvers = [
  ReferentialResolver,
  CertificationFieldsResolver,
  ReferentialFieldsResolver,
  DomainFieldsResolver,
  SubDomainFieldsResolver,
  CriterionFieldsResolver,
];
