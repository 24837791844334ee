export interface Orderable {
    kind: string;
    namespace?: string;
    name: string;
    action: string;
}
/**
 * Sorts changes in apply order, in place: creates and updates by kind rank, then deletes in
 * uninstall order; within a kind by namespace and name. Each change's key is computed once.
 */
export declare function sortInApplyOrder<T extends Orderable>(changes: T[]): void;
