import { gql } from "@apollo/client/core";

/** GraphQL documents of the import screen (the file itself goes through POST /imports/…). */
export const IMPORT_NETWORK = gql`
  query ImportNetwork($id: ID!) {
    network(id: $id) {
      id
      name
    }
  }
`;

export const IMPORT_TEMPLATE = gql`
  query ImportTemplate($kind: ImportKind!, $format: ImportFileFormat!) {
    importTemplate(kind: $kind, format: $format) {
      filename
      mimeType
      contentBase64
    }
  }
`;

export const IMPORT_JOB = gql`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      id
      status
      processed
      total
    }
  }
`;
