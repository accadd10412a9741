import { z } from 'zod';

/**
 * The subset of the Frictionless Data Package and Table Schema specifications that
 * /data/datapackage.json uses (https://specs.frictionlessdata.io/). Written by
 * src/lib/data/package.ts and read back by the CSV validator (src/lib/data/table-schema.ts).
 */
export const tableFieldSchema = z
  .object({
    /** Column name, exactly as in the CSV header. */
    name: z.string().regex(/^[a-z][a-z0-9_]*$/),
    /** Table Schema type; numbers with a dot decimal separator, dates as YYYY-MM-DD, booleans as true/false. */
    type: z.enum(['string', 'integer', 'number', 'date', 'boolean']),
    /** English description of the column. */
    description: z.string().min(1),
    /** Format hint: "uri" for links. */
    format: z.enum(['default', 'uri']).optional(),
    constraints: z
      .object({
        required: z.boolean().optional(),
        unique: z.boolean().optional(),
        enum: z.array(z.string()).min(1).optional(),
        pattern: z.string().optional(),
        minimum: z.number().optional(),
      })
      .strict()
      .optional(),
    /** Labels of the enumeration values (Table Schema v2 categories). */
    categories: z.array(z.object({ value: z.string(), label: z.string() }).strict()).optional(),
    /** Extension: the unit of a numeric column, or the column that gives it row by row. */
    unit: z.union([z.string(), z.object({ field: z.string() }).strict()]).optional(),
  })
  .strict();
export type TableField = z.infer<typeof tableFieldSchema>;

export const tableSchemaSchema = z
  .object({
    fields: z.array(tableFieldSchema).min(1),
    /** Cells that stand for "no value" (an empty cell is null in this dataset). */
    missingValues: z.array(z.string()),
    primaryKey: z.array(z.string()).min(1),
    foreignKeys: z.array(
      z
        .object({
          fields: z.array(z.string()).length(1),
          reference: z.object({ resource: z.string(), fields: z.array(z.string()).length(1) }).strict(),
        })
        .strict(),
    ),
  })
  .strict();
export type TableSchema = z.infer<typeof tableSchemaSchema>;

export const dataResourceSchema = z
  .object({
    /** Resource name (lower-case, used by foreign keys). */
    name: z.string().regex(/^[a-z0-9-._]+$/),
    /** Path relative to the descriptor: "targets.csv". */
    path: z.string().regex(/^[a-z0-9-]+\.csv$/),
    title: z.string(),
    description: z.string(),
    profile: z.literal('tabular-data-resource'),
    format: z.literal('csv'),
    mediatype: z.literal('text/csv'),
    encoding: z.literal('utf-8'),
    dialect: z.object({ delimiter: z.literal(','), header: z.literal(true), lineTerminator: z.literal('\r\n') }).strict(),
    schema: tableSchemaSchema,
  })
  .strict();
export type DataResource = z.infer<typeof dataResourceSchema>;

export const dataPackageSchema = z
  .object({
    profile: z.literal('tabular-data-package'),
    name: z.string().regex(/^[a-z0-9-._]+$/),
    title: z.string(),
    description: z.string(),
    /** Dataset version (content/data/changelog.yaml). */
    version: z.string(),
    /** Date of that version. */
    created: z.string(),
    homepage: z.url(),
    languages: z.array(z.string()),
    licenses: z.array(z.object({ name: z.string(), path: z.url(), title: z.string() }).strict()),
    sources: z.array(z.object({ title: z.string(), path: z.url() }).strict()),
    resources: z.array(dataResourceSchema).min(1),
  })
  .strict();
export type DataPackage = z.infer<typeof dataPackageSchema>;
