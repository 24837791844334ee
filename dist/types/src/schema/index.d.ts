export type { SchemaIssue } from './schema-issue.js';
export type { ExtraSchemaFolders, SchemaFileReader } from './extra-schema-folders.js';
export type { SchemaValidator, SchemaValidatorOptions } from './schema-validator.js';
export { loadSchemaValidator } from './load-schema-validator.js';
