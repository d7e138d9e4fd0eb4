import { graphql } from "../../../shared/graphql/generated/index.ts";

/** GraphQL documents of the import screen (the file itself goes through POST /imports/…). */
export const IMPORT_NETWORK = graphql(`
  query ImportNetwork($id: ID!) {
    network(id: $id) {
      id
      name
    }
  }
`);

export const IMPORT_TEMPLATE = graphql(`
  query ImportTemplate($kind: ImportKind!, $format: ImportFileFormat!) {
    importTemplate(kind: $kind, format: $format) {
      filename
      mimeType
      contentBase64
    }
  }
`);

export const IMPORT_JOB = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      id
      status
      processed
      total
    }
  }
`);
