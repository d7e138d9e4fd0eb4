/**
 * CléA Management: 4 domains taken from issue 2, confirmed by no source.
 * Generated once from the research snapshot referentials.json (see ../referentials.ts); edit here,
 * the repo never reads that file at run time.
 */
import type { ReferentialSeed } from "./seed.js";

export const cleaManagement: ReferentialSeed = {
  certification: {
    code: "CLEA_MANAGEMENT",
    name: "CléA Management",
    fullName: "Certificat CléA Management – socle de base des compétences à détenir a minima en matière de management",
    rsCode: null,
    notes: [
      "Code RS non trouvé : l'inscription au Répertoire spécifique a été annoncée, son numéro et sa date n'ont pas été trouvés.",
      "Certificateur : Certif'Pro. Origine : revendication « CléA Manager » d'un accord national interprofessionnel sur l'encadrement ; référentiel élaboré par Certif'Pro à partir des travaux de l'ANACT, avec l'Apec.",
      "Prérequis d'expérience managériale évoqué mais non confirmé par une source.",
    ],
  },
  referential: {
    certification: "CLEA_MANAGEMENT",
    version: "1",
    label: "Référentiel CléA Management (domaines provisoires)",
    status: "PUBLISHED",
    effectiveFrom: null,
    effectiveTo: null,
    notes: [
      "Aucun intitulé de domaine, de sous-domaine ni de critère n'a été trouvé dans les sources consultées. Les 4 domaines viennent de la description du besoin (3 domaines et un 4e transversal) et ne sont confirmés par aucune source.",
      "Sous-domaines et critères inconnus : à charger dans une nouvelle version quand le référentiel de Certif'Pro sera disponible.",
      "Dates d'application non trouvées : laissées vides.",
    ],
    domains: [
      {
        code: "D1",
        title: "Organiser l'activité au regard des attentes et des contraintes de l'entreprise",
        shortTitle: null,
        note: "Intitulé non confirmé par une source (repris de la description du besoin) ; sous-domaines et critères inconnus.",
        subDomains: [],
      },
      {
        code: "D2",
        title: "Animer et piloter l'équipe de travail",
        shortTitle: null,
        note: "Intitulé non confirmé par une source (repris de la description du besoin) ; sous-domaines et critères inconnus.",
        subDomains: [],
      },
      {
        code: "D3",
        title: "Accompagner les membres de l'équipe et développer leurs compétences",
        shortTitle: null,
        note: "Intitulé non confirmé par une source (repris de la description du besoin) ; sous-domaines et critères inconnus.",
        subDomains: [],
      },
      {
        code: "D4",
        title: "Assurer l'amélioration continue des missions managériales",
        shortTitle: null,
        note: "Domaine transversal selon la description du besoin ; intitulé et caractère transversal non confirmés par une source ; sous-domaines et critères inconnus.",
        subDomains: [],
      },
    ],
  },
};
