// ajv, cel-js and the CRD machinery load only when asked (loadSchemaValidator): importing this
// front door loads the built-in schema walker alone.
export type { SchemaIssue } from './schema-issue.js';
export type { ExtraSchemaFolders, SchemaFileReader } from './extra-schema-folders.js';
export type { SchemaValidator, SchemaValidatorOptions } from './schema-validator.js';
export { loadSchemaValidator } from './load-schema-validator.js';
