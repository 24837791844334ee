/**
 * A hash of the code that decides findings: every file of the bundle this module runs from
 * (`dist/`), or, from TypeScript sources, every file of `src/` and `rules/`. drydock's version
 * alone does not change when a rule does between releases, and a cache must never outlive the
 * rules that made it. Computed once per process.
 */
export declare function codeFingerprint(): string;
