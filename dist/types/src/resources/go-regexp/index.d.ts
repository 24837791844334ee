/**
 * Go's regexp (RE2) semantics, for patterns that come from input: CRD `pattern`s, CEL's
 * `matches()`, kustomize target names, rules' `key=regex` options. A folder of its own so that
 * only the code that needs it loads re2js; src/resources/index.ts does not re-export it.
 */
export { compileGoRegexp, compileGoPattern, compileGoWholeTextPattern, goPatternError, type CompiledPattern, type PatternMatcher } from './go-regexp.js';
