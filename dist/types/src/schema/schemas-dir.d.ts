/**
 * The bundled `schemas/` folder, found by walking up from this module: the code runs both from
 * `src/schema/` (tests) and bundled into `dist/` (the CLI), and `schemas/` sits at the package root.
 */
export declare function bundledSchemasDir(): string;
