import { graphql } from "../../../shared/graphql/generated/index.ts";

/** GraphQL documents of the dashboard (one query per kind of dashboard; aggregates: docs/adr/0014). */
export const ROWS = graphql(`
  fragment AggregateRows on AggregateResult {
    rows {
      keys {
        dimension
        value
        label
      }
      values {
        measure
        value
      }
      suppressed
    }
  }
`);

/** Network manager and ADMIN: the figures of their networks (the API scopes them). */
export const DASHBOARD_NETWORK = graphql(`
  query DashboardNetwork($expiring: DossierFilter!) {
    byState: aggregate(subject: DOSSIERS, groupBy: [STATE], measures: [COUNT]) {
      ...AggregateRows
    }
    certifiedByYear: aggregate(subject: CERTIFICATES, groupBy: [CERTIFICATE_DATE], dateTruncation: YEAR, measures: [COUNT]) {
      ...AggregateRows
    }
    directToJury: aggregate(subject: DOSSIERS, groupBy: [], measures: [DIRECT_TO_JURY_RATE]) {
      ...AggregateRows
    }
    domains: aggregate(subject: DOMAIN_RESULTS, groupBy: [DOMAIN], measures: [PRELIMINARY_ACQUISITION_RATE]) {
      ...AggregateRows
    }
    expiringDossiers: dossiers(filter: $expiring, first: 1) {
      totalCount
    }
    networkAttention {
      horizonDays
      expiringHabilitations(first: 10) {
        totalCount
        edges {
          node {
            id
            role
            endDate
            certification {
              id
              name
            }
            establishment {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** Centre staff: their establishment's dossiers by state and its coming évaluation sessions. */
export const DASHBOARD_CENTRE = graphql(`
  query DashboardCentre($from: DateTimeISO!) {
    byState: aggregate(subject: DOSSIERS, groupBy: [STATE], measures: [COUNT]) {
      ...AggregateRows
    }
    evaluationSessions(filter: { startsAt: { gte: $from }, cancelled: { eq: false } }, first: 5) {
      totalCount
      edges {
        node {
          id
          kind
          startsAt
          capacity
          enrolled
          establishment {
            id
            name
          }
          certification {
            id
            name
          }
        }
      }
    }
  }
`);

/** Analysts: national (or their network's) figures; small groups come back masked. */
export const DASHBOARD_ANALYST = graphql(`
  query DashboardAnalyst {
    directToJuryByYear: aggregate(subject: DOSSIERS, groupBy: [PRELIMINARY_DATE], dateTruncation: YEAR, measures: [DIRECT_TO_JURY_RATE]) {
      ...AggregateRows
      suppressedCount
    }
    certificatesByMonth: aggregate(subject: CERTIFICATES, groupBy: [CERTIFICATE_DATE], dateTruncation: MONTH, measures: [COUNT]) {
      ...AggregateRows
      suppressedCount
    }
  }
`);

/** Juries: the coming sessions and the dossiers waiting for a decision. */
export const DASHBOARD_JURY = graphql(`
  query DashboardJury($from: LocalDate!) {
    jurySessions(filter: { heldOn: { gte: $from }, closed: { eq: false } }, first: 5) {
      totalCount
      edges {
        node {
          id
          heldOn
          location
          certification {
            id
            name
          }
        }
      }
    }
    waiting: dossiers(filter: { state: { eq: SUBMITTED_TO_JURY } }, first: 1) {
      totalCount
    }
  }
`);
