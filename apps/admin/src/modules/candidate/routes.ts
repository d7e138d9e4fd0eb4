import type { RouteRecordRaw } from "vue-router";

/** Candidates: list, registration, and a candidate's page (with their dossiers). */
export const candidateRoutes: RouteRecordRaw[] = [
  {
    path: "/candidats",
    name: "candidates",
    component: () => import("./views/CandidateListView.vue"),
    meta: { titleKey: "titles.candidates", capability: "candidate.read" },
  },
  {
    path: "/candidats/nouveau",
    name: "candidate-new",
    component: () => import("./views/CandidateFormView.vue"),
    props: (route) => ({ establishmentId: typeof route.query.etablissement === "string" ? route.query.etablissement : undefined }),
    meta: { titleKey: "titles.candidateNew", capability: "candidate.register" },
  },
  {
    path: "/candidats/:id",
    name: "candidate",
    component: () => import("./views/CandidateDetailView.vue"),
    props: true,
    meta: { titleKey: "titles.candidate", capability: "candidate.read" },
  },
];
