/**
 * CléA (socle): 7 domains, 28 sub-domains, 107 criteria, with every uncertainty of the sources kept as notes.
 * Generated once from the research snapshot referentials.json (see ../referentials.ts); edit here,
 * the repo never reads that file at run time.
 */
import type { ReferentialSeed } from "./seed.js";

export const clea: ReferentialSeed = {
  certification: {
    code: "CLEA",
    name: "CléA",
    fullName: "Certificat CléA – socle de connaissances et de compétences professionnelles (aussi appelé « CléA Socle »)",
    rsCode: null,
    notes: [
      "Code RS non confirmé par les sources consultées : RS5080 est avancé mais doit être vérifié sur francecompetences.fr avant usage.",
      "Nombre de critères incertain : certificat-clea.fr, Akto et Aksis annoncent 106 critères, Transitions Pro Nouvelle-Aquitaine et Cap Métiers 108 ; le jeu de données retenu en compte 107 (Aksis confirme 5 sous-domaines et 18 critères pour D1). Le ou les critères expliquant l'écart ne sont pas identifiés.",
      "Provenance des intitulés : aucun référentiel officiel de Certif'Pro n'a pu être consulté. Les critères viennent d'un export SQL public (base « greta », janvier 2020), recoupé avec un outil de positionnement de 2016 (base « dev_apapp ») et des listes publiques partielles (aksis.fr, intercariforef). Ce sont des copies de travail fidèles, pas le texte officiel signé : à revalider avant la mise en production.",
      "Certificateur : Certif'Pro ; certification créée par le Copanef (2015), inscrite de droit au Répertoire spécifique.",
      "Base légale : Code du travail, articles D6113-29 et D6113-30 (anciens D6113-1 à D6113-5, décret n° 2015-172 du 13 février 2015).",
    ],
  },
  referential: {
    certification: "CLEA",
    version: "2018",
    label: "Référentiel CléA réaménagé (2018)",
    status: "PUBLISHED",
    effectiveFrom: null,
    effectiveTo: null,
    notes: [
      "Référentiel réaménagé par le Copanef en 2018 ; les formulations et regroupements du référentiel de 2016 sont signalés en note sur les sous-domaines et critères concernés.",
      "Dates d'application non trouvées dans les sources : laissées vides.",
      "Règle de validation : jusqu'en 2018, un sous-domaine était validé avec 75 % de ses critères ; depuis 2018, certains sous-domaines ont un seuil plus bas et certains un critère obligatoire. Ces seuils et critères obligatoires n'ont pas été trouvés : 75 % et aucun critère obligatoire par défaut, à configurer.",
      "Intitulés des domaines : formulation du Code du travail (art. D6113-30) ; intitulés courts : formulation de communication du Copanef.",
      "Intitulés des sous-domaines des domaines D4 et D6 non trouvés dans les sources (voir la note de chaque sous-domaine).",
      "Corrections de coquilles de la source : D3.3.1 (« accéder à un navigateur »), D1.4.3 (« document personnel »), D5.2.4 (« diffcultés »).",
      "Les indicateurs d'évaluation de chaque critère (grille officielle) n'ont pas été collectés.",
    ],
    domains: [
      {
        code: "D1",
        title: "La communication en français",
        shortTitle: "S'exprimer en français / Communiquer en français",
        subDomains: [
          {
            code: "D1.1",
            title: "Écouter et comprendre",
            criteria: [
              { code: "D1.1.1", title: "Porter attention aux propos tenus" },
              { code: "D1.1.2", title: "Savoir poser une question pour comprendre" },
            ],
          },
          {
            code: "D1.2",
            title: "S'exprimer à l'oral",
            criteria: [
              { code: "D1.2.1", title: "Exprimer un propos en utilisant le lexique professionnel approprié" },
              {
                code: "D1.2.2",
                title: "Répondre à une question à partir d'un exposé (oral ou écrit) simple",
                note: "Formulation de 2016 : « Répondre à une question à partir d'un exposé simple ».",
              },
              {
                code: "D1.2.3",
                title: "Argumenter son point de vue",
                note: "En 2016, un seul critère réunissait ce critère et le suivant : « Argumenter son point de vue et débattre de manière constructive ».",
              },
              { code: "D1.2.4", title: "Débattre de manière constructive" },
            ],
          },
          {
            code: "D1.3",
            title: "Lire",
            criteria: [
              {
                code: "D1.3.1",
                title: "Lire et comprendre un document usuel professionnel (lettres, consignes, notices…)",
              },
              { code: "D1.3.2", title: "Identifier la nature et la fonction d'un document" },
              {
                code: "D1.3.3",
                title: "Vérifier la conformité des informations d'un document par comparaison avec le document",
                note: "Formulation de 2016 : « Vérifier l'authenticité des informations d'un document par comparaison avec le document original ».",
              },
              { code: "D1.3.4", title: "Utiliser les informations d'un tableau à double entrée" },
            ],
          },
          {
            code: "D1.4",
            title: "Écrire",
            criteria: [
              { code: "D1.4.1", title: "Produire un message en respectant la construction d'une phrase simple" },
              {
                code: "D1.4.2",
                title:
                  "Rendre compte par écrit conformément à l'objectif visé (renseigner un formulaire administratif, rédiger un compte-rendu d'activité journalière)",
                note: "Formulation de 2016 : « Rendre compte par écrit conformément à l'objectif visé (renseigner un formulaire simple...) ».",
              },
              {
                code: "D1.4.3",
                title: "Lister par écrit des anomalies dans un document professionnel",
                note: "Le jeu de données de 2020 dit « document personnel », celui de 2016 « document professionnel » : « professionnel » est retenu (coquille probable en 2020).",
              },
              { code: "D1.4.4", title: "Récupérer l'essentiel d'un message en prise de notes" },
              { code: "D1.4.5", title: "Écrire un message en utilisant le vocabulaire professionnel" },
              {
                code: "D1.4.6",
                title: "Décrire par écrit une situation professionnelle, un objet, un problème",
                note: "Formulation de 2016 : « Indiquer par écrit une situation professionnelle, un objet, un problème ».",
              },
            ],
          },
          {
            code: "D1.5",
            title: "Décrire et formuler",
            note: "Le référentiel de 2016 comptait un troisième critère, « Reformuler des informations et consignes », absent de la liste de 2020.",
            criteria: [
              {
                code: "D1.5.1",
                title: "Transmettre une information, une consigne avec le vocabulaire approprié",
              },
              { code: "D1.5.2", title: "Décrire par oral une situation professionnelle, un objet, un problème" },
            ],
          },
        ],
      },
      {
        code: "D2",
        title: "L'utilisation des règles de base de calcul et du raisonnement mathématique",
        shortTitle: "Calculer et raisonner",
        subDomains: [
          {
            code: "D2.1",
            title: "Se repérer dans l'univers des nombres",
            criteria: [
              {
                code: "D2.1.1",
                title: "Réaliser les 4 opérations à la main ou avec une calculette",
                note: "Formulation de 2016 : « Réaliser un calcul simple ».",
              },
              { code: "D2.1.2", title: "Compter, dénombrer" },
              { code: "D2.1.3", title: "Comparer, classer, sérier" },
              { code: "D2.1.4", title: "Évaluer un ordre de grandeur" },
              { code: "D2.1.5", title: "Utiliser les techniques élémentaires du calcul mental" },
              { code: "D2.1.6", title: "Contrôler la cohérence des résultats obtenus" },
              { code: "D2.1.7", title: "Réaliser un calcul proportionnel simple" },
            ],
          },
          {
            code: "D2.2",
            title: "Résoudre un problème mettant en jeu une ou plusieurs opérations",
            note: "Le référentiel de 2016 comptait ici 4 critères : « Résoudre des problèmes en utilisant, indifféremment les 4 opérations », « Résoudre des problèmes en combinant les opérations », « Résoudre des problèmes en utilisant la règle de 3 », « Comprendre et utiliser les pourcentages ».",
            criteria: [
              { code: "D2.2.1", title: "Résoudre un problème mettant en jeu une ou plusieurs des 4 opérations" },
              { code: "D2.2.2", title: "Comprendre et utiliser les pourcentages" },
            ],
          },
          {
            code: "D2.3",
            title: "Lire et calculer les unités de mesures, de temps et des quantités",
            note: "Intitulé de la liste de tests Isograd ; le jeu de données de 2016 donne « Lire et calculer les unités de mesures ».",
            criteria: [
              { code: "D2.3.1", title: "Utiliser les unités de temps" },
              { code: "D2.3.2", title: "Lire et comprendre un planning de travail" },
              { code: "D2.3.3", title: "Renseigner correctement les horaires" },
              { code: "D2.3.4", title: "Utiliser les unités de mesure ainsi que les instruments de mesure" },
              { code: "D2.3.5", title: "Utiliser et comprendre des tableaux, des diagrammes, des graphiques" },
              { code: "D2.3.6", title: "Identifier les erreurs" },
              {
                code: "D2.3.7",
                title:
                  "Effectuer des calculs simples de périmètres et surfaces (carré, rectangle, triangle, cercle), et volumes (cube, parallélépipède rectangle, cylindre, sphère)",
                note: "Formulation de 2016 : « Effectuer des calculs simples de périmètres, surfaces et volumes ».",
              },
            ],
          },
          {
            code: "D2.4",
            title: "Se repérer dans l'espace",
            criteria: [
              {
                code: "D2.4.1",
                title: "Lire un plan, une carte, un schéma, et en extraire des informations utiles",
              },
            ],
          },
          {
            code: "D2.5",
            title: "Restituer oralement un raisonnement mathématique",
            criteria: [
              {
                code: "D2.5.1",
                title: "Reformuler un calcul (opérations sur des nombres entiers) exposé par quelqu'un d'autre",
              },
              {
                code: "D2.5.2",
                title: "Transmettre ses calculs ou les calculs à effectuer (opérations sur des nombres entiers)",
              },
              {
                code: "D2.5.3",
                title: "Employer un langage mathématique de base (vocabulaire courant pour les compétences mathématiques de CléA)",
              },
            ],
          },
        ],
      },
      {
        code: "D3",
        title: "L'utilisation des techniques usuelles de l'information et de la communication numérique",
        shortTitle: "Utiliser un ordinateur (et internet)",
        subDomains: [
          {
            code: "D3.1",
            title: "Connaître son environnement et les fonctions de base pour utiliser un ordinateur",
            criteria: [
              {
                code: "D3.1.1",
                title:
                  "Repérer et nommer dans son environnement de travail les différents éléments liés à l'informatique : machines numériques, systèmes d'alarme, ordinateurs...",
                note: "Formulation de 2016 : « Repérer et nommer dans son environnement de travail ».",
              },
              { code: "D3.1.2", title: "Mettre un ordinateur en marche, utiliser un clavier, une souris" },
              {
                code: "D3.1.3",
                title: "Accéder aux fonctions de base : traitement de texte, messagerie électronique, navigation Internet",
              },
            ],
          },
          {
            code: "D3.2",
            title: "Saisir et mettre en forme du texte - Gérer des documents",
            criteria: [
              {
                code: "D3.2.1",
                title:
                  "Comprendre la structure du document (par exemple pour une lettre : bloc adresse, date, objet, corps du texte, signature ; un message : adresse courriel, objet, corps du message, signature ; une page internet : adresse, contenu, liens)",
                note: "Ce critère figurait en dernier dans le jeu de données de 2016.",
              },
              { code: "D3.2.2", title: "Saisir et modifier un texte simple" },
              { code: "D3.2.3", title: "Créer, enregistrer, déplacer des fichiers simples" },
              { code: "D3.2.4", title: "Renseigner un formulaire numérique" },
              { code: "D3.2.5", title: "Savoir imprimer un document" },
            ],
          },
          {
            code: "D3.3",
            title: "Se repérer dans l'environnement internet et effectuer une recherche sur le web",
            criteria: [
              {
                code: "D3.3.1",
                title: "Utiliser un navigateur pour accéder à Internet",
                note: "Le jeu de données de 2020 dit « Utiliser un navigateur pour accéder à un navigateur » (coquille évidente) ; la formulation de 2016 est retenue.",
              },
              { code: "D3.3.2", title: "Se repérer dans une page Web" },
              { code: "D3.3.3", title: "Utiliser un moteur de recherche" },
              { code: "D3.3.4", title: "Effectuer une requête" },
              { code: "D3.3.5", title: "Analyser la nature des sites proposés par le moteur de recherche" },
              { code: "D3.3.6", title: "Enregistrer les informations" },
              { code: "D3.3.7", title: "Savoir trouver des services en ligne" },
              {
                code: "D3.3.8",
                title: "Identifier les sites pratiques ou d'informations, liés à l'environnement professionnel",
              },
            ],
          },
          {
            code: "D3.4",
            title: "Utiliser la fonction de messagerie",
            criteria: [
              {
                code: "D3.4.1",
                title:
                  "Utiliser et gérer une messagerie et un fichier contacts sur un support numérique (ordinateur, smartphone, tablette, etc.)",
                note: "Formulation de 2016 : « Utiliser et gérer une messagerie et un fichier contacts ».",
              },
              { code: "D3.4.2", title: "Ouvrir et fermer un courriel ou un document attaché" },
              { code: "D3.4.3", title: "Créer, écrire, un courriel et l'envoyer" },
              { code: "D3.4.4", title: "Ouvrir, insérer une pièce jointe" },
            ],
          },
        ],
      },
      {
        code: "D4",
        title: "L'aptitude à travailler dans le cadre de règles définies d'un travail en équipe",
        shortTitle: "Respecter les règles et travailler en équipe",
        subDomains: [
          {
            code: "D4.1",
            title: null,
            note: "Intitulé non trouvé dans les sources ; intitulé probable (à vérifier) : Respecter les règles de vie collective",
            criteria: [
              { code: "D4.1.1", title: "Identifier et appliquer les règles (règlement intérieur, procédures…)" },
              { code: "D4.1.2", title: "Respecter les horaires, les rythmes de travail" },
              { code: "D4.1.3", title: "Mettre en pratique les principes de politesse et de respect des autres" },
              {
                code: "D4.1.4",
                title: "Avoir une tenue vestimentaire adaptée à l'activité et au contexte professionnel",
              },
            ],
          },
          {
            code: "D4.2",
            title: null,
            note: "Intitulé non trouvé dans les sources ; intitulé probable (à vérifier) : Travailler en équipe",
            criteria: [
              { code: "D4.2.1", title: "Comprendre les missions de chaque membre du groupe" },
              { code: "D4.2.2", title: "Réaliser des actions en prenant en compte leur impact sur l'équipe" },
            ],
          },
          {
            code: "D4.3",
            title: null,
            note: "Intitulé non trouvé dans les sources ; intitulé probable (à vérifier) : Contribuer dans un groupe",
            criteria: [
              { code: "D4.3.1", title: "Prendre en considération les différents points de vue" },
              {
                code: "D4.3.2",
                title: "Apporter une contribution pour l'intérêt du groupe, dans le cadre de la mission à remplir",
              },
              { code: "D4.3.3", title: "S'impliquer dans des actions concrètes" },
            ],
          },
          {
            code: "D4.4",
            title: null,
            note: "Intitulé non trouvé dans les sources ; intitulé probable (à vérifier) : Communiquer",
            criteria: [
              {
                code: "D4.4.1",
                title:
                  "Comprendre le périmètre et la place des interlocuteurs dans l'univers professionnel (collègues, hiérarchiques, clients…)",
              },
              { code: "D4.4.2", title: "Communiquer en tenant compte des différents interlocuteurs" },
            ],
          },
        ],
      },
      {
        code: "D5",
        title: "L'aptitude à travailler en autonomie et à réaliser un objectif individuel",
        shortTitle: "Travailler seul et prendre des initiatives",
        subDomains: [
          {
            code: "D5.1",
            title: "Comprendre son environnement de travail",
            criteria: [
              {
                code: "D5.1.1",
                title: "Analyser des situations simples, des relations, son environnement de travail",
              },
              { code: "D5.1.2", title: "Solliciter une assistance" },
              { code: "D5.1.3", title: "Rechercher, traiter, transmettre des informations techniques simples" },
            ],
          },
          {
            code: "D5.2",
            title: "Réaliser des objectifs individuels dans le cadre d'une action simple ou d'un projet",
            note: "Le référentiel de 2016 comptait aussi « Consulter les personnes ressources » dans ce sous-domaine.",
            criteria: [
              {
                code: "D5.2.1",
                title: "Mettre en œuvre une action : organiser son temps et planifier l'action",
                note: "En 2016, deux critères : « Mettre en œuvre une action » et « Organiser son temps et planifier l'action ».",
              },
              {
                code: "D5.2.2",
                title: "Identifier les principales étapes, les méthodes de travail adaptées, à utiliser",
              },
              { code: "D5.2.3", title: "Identifier les principales priorités" },
              {
                code: "D5.2.4",
                title: "Identifier les contraintes et difficultés",
                note: "Coquille « diffcultés » de la source corrigée. En 2016, ce critère était réuni avec D5.2.3 : « Identifier les principales priorités, contraintes et difficultés ».",
              },
              {
                code: "D5.2.5",
                title: "Dresser oralement un bilan des résultats de l'action",
                note: "Formulation de 2016 : « Présenter les résultats de l'action ».",
              },
            ],
          },
          {
            code: "D5.3",
            title: "Prendre des initiatives et être force de proposition",
            criteria: [
              {
                code: "D5.3.1",
                title: "Aller chercher des informations, consulter les ressources à disposition",
                note: "Formulation de 2016 : « Aller chercher des informations ».",
              },
              {
                code: "D5.3.2",
                title:
                  "Faire face à un aléa courant : identifier un problème simple (dysfonctionnement…) ; mettre en place une solution adaptée à ses prérogatives",
                note: "Formulation de 2016 : « Faire face à un aléa courant ».",
              },
              { code: "D5.3.3", title: "Proposer des améliorations dans son champ d'activité" },
            ],
          },
        ],
      },
      {
        code: "D6",
        title: "La capacité d'apprendre à apprendre tout au long de la vie",
        shortTitle: "Avoir l'envie d'apprendre",
        subDomains: [
          {
            code: "D6.1",
            title: null,
            note: "Intitulé non trouvé dans les sources ; intitulé probable (à vérifier) : Accumuler de l'expérience et en tirer les leçons appropriées",
            criteria: [
              {
                code: "D6.1.1",
                title:
                  "Identifier ses principaux atouts (connaissances, compétences, etc.) acquis de manière formelle et informelle et ses axes de progrès",
              },
              { code: "D6.1.2", title: "Comprendre la nécessité de son apprentissage" },
              { code: "D6.1.3", title: "Illustrer ses points forts par des réalisations positives" },
              {
                code: "D6.1.4",
                title: "Comprendre le contenu d'un CV pour savoir l'élaborer et le mettre à jour",
              },
              { code: "D6.1.5", title: "Formuler un projet professionnel réaliste" },
            ],
          },
          {
            code: "D6.2",
            title: null,
            note: "Intitulé non trouvé dans les sources ; intitulé probable (à vérifier) : Entretenir sa curiosité et sa motivation pour apprendre dans le champ professionnel",
            criteria: [
              {
                code: "D6.2.1",
                title: "Repérer les sources d'information mobilisables au sein de son environnement",
                note: "La source code les deux critères de D6.2 « 6-2-2 » ; celui-ci a été renuméroté D6.2.1 d'après sa position.",
              },
              {
                code: "D6.2.2",
                title: "Se renseigner sur les activités et les besoins de compétences associés à son projet professionnel",
              },
            ],
          },
          {
            code: "D6.3",
            title: null,
            note: "Intitulé non trouvé dans les sources ; intitulé probable (à vérifier) : Optimiser les conditions d'apprentissage (de la formation à la prise de poste)",
            criteria: [
              { code: "D6.3.1", title: "Faire le lien entre objectifs de formation et objectifs professionnels" },
              {
                code: "D6.3.2",
                title: "Se donner des exigences de qualité en termes de compétences à acquérir ou de formation",
              },
              {
                code: "D6.3.3",
                title:
                  "Se concentrer dans la durée et stimuler sa mémoire (connaissance de quelques moyens appropriés favorisant ces dispositions)",
              },
              {
                code: "D6.3.4",
                title: "À partir de ses objectifs d'apprentissage, identifier sa progression et ses acquisitions",
              },
            ],
          },
        ],
      },
      {
        code: "D7",
        title: "La maîtrise des gestes et postures et le respect des règles d'hygiène, de sécurité et environnementales élémentaires",
        shortTitle: "Maîtriser les règles de base (hygiène, sécurité, environnement)",
        subDomains: [
          {
            code: "D7.1",
            title: "Respecter un règlement sécurité, hygiène, environnement, une procédure qualité",
            criteria: [
              { code: "D7.1.1", title: "Connaître et expliciter les consignes et pictogrammes de sécurité" },
              {
                code: "D7.1.2",
                title: "Appliquer un règlement, une procédure en matière d'hygiène, de sécurité, de qualité et d'environnement",
              },
              { code: "D7.1.3", title: "Appliquer les règles de sécurité dans toute intervention" },
            ],
          },
          {
            code: "D7.2",
            title: "Avoir les bons gestes et réflexes afin d'éviter les risques",
            criteria: [
              { code: "D7.2.1", title: "Maîtriser les automatismes gestuels du métier" },
              {
                code: "D7.2.2",
                title: "Adopter les gestes et postures adaptés aux différentes situations afin d'éviter les douleurs et ménager son corps",
              },
              {
                code: "D7.2.3",
                title: "Se protéger avec les équipements adéquats et selon les règles transmises",
              },
              { code: "D7.2.4", title: "Connaître et appliquer les règles de déplacement de charges" },
              {
                code: "D7.2.5",
                title: "Identifier un dysfonctionnement dans son périmètre d'activité ainsi que les risques associés s'il y a lieu",
              },
              {
                code: "D7.2.6",
                title: "Alerter les interlocuteurs concernés par les dysfonctionnements et les risques constatés",
              },
            ],
          },
          {
            code: "D7.3",
            title: "Être capable d'appliquer les gestes de premier secours",
            criteria: [
              {
                code: "D7.3.1",
                title:
                  "Connaître les principaux réflexes de premiers secours (sécurisation du lieu d'accident, appréciation de l'état de la/les victime(s), appel des secours)",
                note: "Formulation de 2016 : « Maîtriser les gestes de premiers secours ».",
              },
              { code: "D7.3.2", title: "Réagir de manière adaptée à une situation dangereuse" },
              {
                code: "D7.3.3",
                title: "Identifier le bon interlocuteur à alerter selon les situations les plus courantes",
              },
            ],
          },
          {
            code: "D7.4",
            title: "Contribuer à la préservation de l'environnement et aux économies d'énergie",
            criteria: [
              {
                code: "D7.4.1",
                title: "Appliquer les règles de gestion des déchets. Respecter les règles élémentaires de recyclage",
              },
              {
                code: "D7.4.2",
                title: "Faire un usage optimal des installations et des équipements en termes d'économie d'énergie",
              },
              {
                code: "D7.4.3",
                title: "Choisir et utiliser de manière adaptée les produits d'usage courant (papeterie, entretien)",
              },
              { code: "D7.4.4", title: "Proposer des actions de nature à favoriser le développement durable" },
            ],
          },
        ],
      },
    ],
  },
};
