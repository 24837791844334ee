/** Whether `file` is `dir` or lies below it (both absolute; compared as given, without resolving links). */
export declare function isInside(dir: string, file: string): boolean;
/** Whether `file` lies below `dir`, not being `dir` itself. */
export declare function isStrictlyInside(dir: string, file: string): boolean;
