import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context.js";
import type { ListArgs } from "../../core/collection.js";
import type { ConnectionShape } from "../../core/list.js";
import { loadById } from "../../core/loaders.js";
import { Dossier } from "../dossier/index.js";
import { Establishment } from "../establishment/index.js";
import { Certification } from "../referential/index.js";
import { Certificate } from "./certificate.entity.js";
import { certificateList } from "./certificate.list.js";
import { certificateService } from "./certificate.service.js";
import { CertificateConnection, CertificateVerification } from "./certificate.types.js";

@Resolver(() => Certificate)
export class CertificateResolver {
  @Query(() => Certificate)
  certificate(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Certificate> {
    return certificateService.get(ctx, id);
  }

  @Query(() => CertificateConnection, {
    description: "Les certificats délivrés que vous pouvez voir, filtrés et triés (par défaut les plus récents d'abord)",
  })
  certificates(@Ctx() ctx: RequestContext, @Args(() => certificateList.Args) args: ListArgs): Promise<ConnectionShape<Certificate>> {
    return certificateService.list(ctx, args);
  }

  @Query(() => CertificateVerification, {
    nullable: true,
    description:
      "Vérification publique (sans connexion) d'un numéro de certificat : certification, date et initiales, ou null si aucun certificat ne porte ce numéro. Nombre de vérifications limité par adresse (RATE_LIMITED).",
  })
  verifyCertificate(@Ctx() ctx: RequestContext, @Arg("number", () => String) number: string): Promise<CertificateVerification | null> {
    return certificateService.verify(ctx, number);
  }

  @FieldResolver(() => Certification)
  async certification(@Ctx() ctx: RequestContext, @Root() certificate: Certificate): Promise<Certification> {
    return (await loadById(ctx, Certification, certificate.certificationId))!;
  }

  @FieldResolver(() => Establishment, { nullable: true, description: "L'établissement évaluateur, si vous pouvez le voir" })
  async establishment(@Ctx() ctx: RequestContext, @Root() certificate: Certificate): Promise<Establishment | null> {
    return (await loadById(ctx, Establishment, certificate.establishmentId)) ?? null;
  }

  @FieldResolver(() => Dossier)
  async dossier(@Ctx() ctx: RequestContext, @Root() certificate: Certificate): Promise<Dossier> {
    return (await loadById(ctx, Dossier, certificate.dossierId))!;
  }

  @FieldResolver(() => String, { description: "Chemin de l'attestation PDF (GET, avec le jeton d'accès)" })
  attestationPath(@Root() certificate: Certificate): string {
    return `/certificates/${certificate.number}.pdf`;
  }
}

/** The certificate of a dossier. */
@Resolver(() => Dossier)
export class DossierCertificateResolver {
  @FieldResolver(() => Certificate, { nullable: true, description: "Le certificat délivré (dossier certifié)" })
  certificate(@Ctx() ctx: RequestContext, @Root() dossier: Dossier): Promise<Certificate | null> {
    return certificateService.ofDossier(ctx, dossier.id);
  }
}

export const certificateResolvers = [CertificateResolver, DossierCertificateResolver];
