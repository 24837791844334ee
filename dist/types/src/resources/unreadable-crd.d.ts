/**
 * A CustomResourceDefinition document of the input that has a YAML error, with the group and kind
 * it defines when they could still be made out (undefined when they could not). Its custom
 * resources are then not checked, rather than each reported as an unknown kind.
 */
export interface UnreadableCrd {
    group?: string;
    kind?: string;
}
