/**
 * The file formats of an export, in a module of their own without TypeORM: the writer and the
 * export worker (export.worker.ts) load it. The entity re-exports it; its GraphQL enum is
 * registered in export.types.ts.
 */
export const ExportFormat = { CSV: "CSV", XLSX: "XLSX" } as const;
export type ExportFormat = (typeof ExportFormat)[keyof typeof ExportFormat];
