/**
 * CléA Numérique: only its 4 domain titles are known.
 * Generated once from the research snapshot referentials.json (see ../referentials.ts); edit here,
 * the repo never reads that file at run time.
 */
import type { ReferentialSeed } from "./seed.js";

export const cleaNumerique: ReferentialSeed = {
  certification: {
    code: "CLEA_NUMERIQUE",
    name: "CléA Numérique",
    fullName: "Certificat CléA Numérique – usages fondamentaux du numérique en situation professionnelle",
    rsCode: null,
    notes: [
      "Code RS non trouvé dans les sources consultées ; certification enregistrée au Répertoire spécifique depuis septembre 2018.",
      "Certificateur : Certif'Pro (certification créée en 2018 par le Copanef avec la DGEFP).",
      "Base légale : Code du travail, article D6113-30 III (module complémentaire au 3° du socle : acquisition et exploitation de l'information, principes de la sécurité numérique, gestion collaborative des projets).",
    ],
  },
  referential: {
    certification: "CLEA_NUMERIQUE",
    version: "2018",
    label: "Référentiel CléA Numérique (2018)",
    status: "PUBLISHED",
    effectiveFrom: null,
    effectiveTo: null,
    notes: [
      "Seuls les intitulés des 4 domaines ont été trouvés (sources : Cap Métiers, Nathan) ; sous-domaines, critères et leur nombre restent à compléter dans une nouvelle version.",
      "Version nommée d'après l'année de création de la certification ; dates d'application non trouvées dans les sources : laissées vides.",
    ],
    domains: [
      {
        code: "D1",
        title: "Identifier son environnement et utiliser les outils associés",
        shortTitle: null,
        note: "Sous-domaines et critères non trouvés dans les sources consultées.",
        subDomains: [],
      },
      {
        code: "D2",
        title: "Acquérir et exploiter de l'information dans un environnement professionnel numérisé",
        shortTitle: null,
        note: "Sous-domaines et critères non trouvés dans les sources consultées.",
        subDomains: [],
      },
      {
        code: "D3",
        title: "Interagir en mode collaboratif",
        shortTitle: null,
        note: "Sous-domaines et critères non trouvés dans les sources consultées.",
        subDomains: [],
      },
      {
        code: "D4",
        title: "Appliquer les règles et bonnes pratiques de la sécurité numérique",
        shortTitle: null,
        note: "Fin de l'intitulé reconstituée : la source est tronquée après « appliquer les règles et bonnes pratiques de l' » et a été complétée d'après le décret (« principes de la sécurité numérique »). Sous-domaines et critères non trouvés dans les sources consultées.",
        subDomains: [],
      },
    ],
  },
};
