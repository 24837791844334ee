/**
 * Whether DRYDOCK_DEBUG (set, and not `0`) asks for the stacks of internal errors: one answer
 * for the CLI and the Action, which both hand it to describeInternalError.
 */
export declare function asksForStacks(env: Record<string, string | undefined>): boolean;
