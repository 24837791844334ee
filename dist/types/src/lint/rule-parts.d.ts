import { type JsonPath, type Resource, type SelectionReportWhen } from '../resources/index.js';
/** What a shared check reads of a rule's context. */
interface CheckContext<MessageId extends string, Options> {
    resource: Resource;
    options: Options;
    report(finding: {
        messageId: MessageId;
        path: JsonPath;
        data?: Record<string, string | number>;
    }): void;
}
type Probe = 'readinessProbe' | 'livenessProbe' | 'startupProbe';
/** `ignoreContainers`: container names to skip. */
export declare const ignoreContainersOption: {
    schema: {
        properties: Record<string, {
            [keyword: string]: unknown;
            description: string;
        }>;
        type: "object";
        additionalProperties: false;
    };
    defaults: {
        ignoreContainers: string[];
    };
};
/** `ignoreInitContainers`: the resource-amount rules skip init containers on request, as Polaris does. */
export declare const ignoreInitContainersOption: {
    schema: {
        properties: Record<string, {
            [keyword: string]: unknown;
            description: string;
        }>;
        type: "object";
        additionalProperties: false;
    };
    defaults: {
        ignoreInitContainers: boolean;
    };
};
/** A rule's options from its properties (each with a `description`) and their defaults. */
export declare function ruleOptions<Defaults>(properties: Record<string, {
    description: string;
    [keyword: string]: unknown;
}>, defaults: Defaults): {
    schema: {
        properties: Record<string, {
            [keyword: string]: unknown;
            description: string;
        }>;
        type: "object";
        additionalProperties: false;
    };
    defaults: Defaults;
};
/** When a rule that looks for an object the input should hold reports one that is missing. */
export type MissingObjectReportWhen = 'namespaceInInput' | 'always';
/** The `reportWhen` option of the rules that look for an object the input should hold, worded by `description`. */
export declare function missingObjectOptions(description: string): {
    schema: {
        properties: Record<string, {
            [keyword: string]: unknown;
            description: string;
        }>;
        type: "object";
        additionalProperties: false;
    };
    defaults: {
        reportWhen: MissingObjectReportWhen;
    };
};
/** `missingObjectOptions` and an `ignore` list of names to skip, worded by `ignoreText`. */
export declare function missingObjectOptionsWithIgnore(description: string, ignoreText: string): {
    schema: {
        properties: Record<string, {
            [keyword: string]: unknown;
            description: string;
        }>;
        type: "object";
        additionalProperties: false;
    };
    defaults: {
        reportWhen: MissingObjectReportWhen;
        ignore: string[];
    };
};
/** The `reportWhen` option of the rules that report a selector picking no Pods, worded by `description`. */
export declare function selectionOptions(description: string): {
    schema: {
        properties: Record<string, {
            [keyword: string]: unknown;
            description: string;
        }>;
        type: "object";
        additionalProperties: false;
    };
    defaults: {
        reportWhen: SelectionReportWhen;
    };
};
/**
 * The options of the rules that follow bindings to what their roles grant: the `verbs` that
 * count (`defaultVerbs`), whether the built-in ClusterRoles count, and binding names to skip.
 */
export declare function bindingGrantOptions(verbsText: string, builtInRolesText: string, defaultVerbs: string[]): {
    schema: {
        properties: Record<string, {
            [keyword: string]: unknown;
            description: string;
        }>;
        type: "object";
        additionalProperties: false;
    };
    defaults: {
        verbs: string[];
        checkBuiltInRoles: boolean;
        ignoreBindings: string[];
    };
};
/**
 * Reports every regular container without `probe` (init containers run to completion or cannot
 * have probes; ephemeral ones are debugging sessions). A bare Pod that is not restarted when it
 * exits runs to completion, as a Job's Pods do, which the kinds leave out: it is asked no probe.
 */
export declare function probeMissingCheck(probe: Probe): ({ resource, options, report }: CheckContext<"missing", {
    ignoreContainers: string[];
}>) => void;
/** The messages of a `<probe>-port-not-exposed` rule. */
export declare function probePortMessages(probe: Probe): {
    undeclaredName: string;
    undeclaredNumber: string;
    notTcp: string;
};
/** Reports every `probe` that targets a port its container does not declare for TCP. */
export declare function probePortCheck(probe: Probe): ({ resource, report }: CheckContext<keyof ReturnType<typeof probePortMessages>, unknown>) => void;
/** Reports every container that leaves `section.name` (`limits.cpu`) unset or zero. */
export declare function unsetAmountCheck(section: 'requests' | 'limits', name: string): ({ resource, options, report }: CheckContext<"missing" | "zero", {
    ignoreInitContainers: boolean;
}>) => void;
/**
 * Reports every container whose request of `name` differs from its limit. An unset request
 * defaults to the limit, so only an explicit, different one counts; a missing limit is reported
 * as `limitMissing` when the rule has that message (else another rule's finding).
 */
export declare function requestNotEqualLimitCheck<MessageId extends 'differs' | 'limitMissing'>(name: string, reportsMissingLimit: 'limitMissing' extends MessageId ? true : false): ({ resource, report }: CheckContext<MessageId, unknown>) => void;
export {};
