/** A diagnostic id the docs explain (docs/diagnostics.md and the pages it links), or a namespace pattern. */
export interface CatalogEntry {
  /** `yaml/syntax`, `schema`, or a pattern such as `plan/<code>`. */
  id: string;
  /** What causes it. */
  cause: string;
  /** How to fix it. */
  fix?: string;
  /** Its severity, when the docs give one. */
  severity?: string;
  /** The page (relative to docs/) and anchor that document it. */
  page: string;
}
