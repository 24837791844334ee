/**
 * An upper estimate of the number of instructions RE2 compiles `pattern` to, found in one pass
 * without compiling: each atom counts 1, a group its contents plus 2, and `{n,m}` multiplies the
 * atom before it by m. Compiling is what costs (re2js takes seconds and hundreds of MB for the
 * million instructions Go still accepts, e.g. `a{1000}` written a thousand times), so callers
 * check this first.
 */
export declare function estimatedProgramSize(pattern: string): number;
