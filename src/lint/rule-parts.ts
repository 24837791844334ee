import {
  compareQuantities,
  containersOf,
  isObject,
  resourceAmountOf,
  undeclaredProbePorts,
  unsetResourceAmounts,
  type JsonPath,
  type Resource,
  type SelectionReportWhen,
} from '../resources/index.js';

// The parts twin rules share (options, messages, checks), so that a rule and its twin differ only
// in what really differs: the field, the wording, the peers. Re-exported by rule-api.ts, so the
// types here are the structural part of its RuleContext and OptionsSchema they need.

/** What a shared check reads of a rule's context. */
interface CheckContext<MessageId extends string, Options> {
  resource: Resource;
  options: Options;
  report(finding: { messageId: MessageId; path: JsonPath; data?: Record<string, string | number> }): void;
}

const objectSchema = { type: 'object', additionalProperties: false } as const;

type Probe = 'readinessProbe' | 'livenessProbe' | 'startupProbe';

/** `ignoreContainers`: container names to skip. */
export const ignoreContainersOption = ruleOptions(
  { ignoreContainers: { type: 'array', items: { type: 'string' }, description: 'Container names to skip, such as log shippers.' } },
  { ignoreContainers: [] as string[] },
);

/** `ignoreInitContainers`: the resource-amount rules skip init containers on request, as Polaris does. */
export const ignoreInitContainersOption = ruleOptions(
  { ignoreInitContainers: { type: 'boolean', description: 'Skip init containers, as Polaris does.' } },
  { ignoreInitContainers: false },
);

/** A rule's options from its properties (each with a `description`) and their defaults. */
export function ruleOptions<Defaults>(properties: Record<string, { description: string; [keyword: string]: unknown }>, defaults: Defaults) {
  return { schema: { ...objectSchema, properties }, defaults };
}

/** When a rule that looks for an object the input should hold reports one that is missing. */
export type MissingObjectReportWhen = 'namespaceInInput' | 'always';

/** The `reportWhen` option of the rules that look for an object the input should hold, worded by `description`. */
export function missingObjectOptions(description: string) {
  return ruleOptions({ reportWhen: missingObjectReportWhen(description) }, { reportWhen: 'namespaceInInput' as MissingObjectReportWhen });
}

/** `missingObjectOptions` and an `ignore` list of names to skip, worded by `ignoreText`. */
export function missingObjectOptionsWithIgnore(description: string, ignoreText: string) {
  return ruleOptions(
    { reportWhen: missingObjectReportWhen(description), ignore: { type: 'array', items: { type: 'string' }, description: ignoreText } },
    { reportWhen: 'namespaceInInput' as MissingObjectReportWhen, ignore: [] as string[] },
  );
}

function missingObjectReportWhen(description: string) {
  return { enum: ['namespaceInInput', 'always'], description };
}

/** The `reportWhen` option of the rules that report a selector picking no Pods, worded by `description`. */
export function selectionOptions(description: string) {
  return ruleOptions({ reportWhen: { enum: ['inputHasWorkloads', 'namespaceHasWorkloads', 'always'], description } }, { reportWhen: 'inputHasWorkloads' as SelectionReportWhen });
}

/**
 * The options of the rules that follow bindings to what their roles grant: the `verbs` that
 * count (`defaultVerbs`), whether the built-in ClusterRoles count, and binding names to skip.
 */
export function bindingGrantOptions(verbsText: string, builtInRolesText: string, defaultVerbs: string[]) {
  return ruleOptions(
    {
      verbs: { type: 'array', items: { type: 'string' }, description: verbsText },
      checkBuiltInRoles: { type: 'boolean', description: builtInRolesText },
      ignoreBindings: { type: 'array', items: { type: 'string' }, description: 'Binding names to skip; a trailing `*` matches a prefix.' },
    },
    { verbs: defaultVerbs, checkBuiltInRoles: true, ignoreBindings: ['system:*'] },
  );
}

/**
 * Reports every regular container without `probe` (init containers run to completion or cannot
 * have probes; ephemeral ones are debugging sessions). A bare Pod that is not restarted when it
 * exits runs to completion, as a Job's Pods do, which the kinds leave out: it is asked no probe.
 */
export function probeMissingCheck(probe: Probe) {
  return ({ resource, options, report }: CheckContext<'missing', { ignoreContainers: string[] }>): void => {
    if (isRunOncePod(resource)) return;
    for (const container of containersOf(resource)) {
      if (container.kind !== 'container' || options.ignoreContainers.includes(container.name)) continue;
      if (container.spec[probe] === undefined || container.spec[probe] === null) {
        report({ messageId: 'missing', path: container.path, data: { container: container.name } });
      }
    }
  };
}

function isRunOncePod(resource: Resource): boolean {
  const spec = resource.object.spec;
  return resource.kind === 'Pod' && isObject(spec) && (spec.restartPolicy === 'Never' || spec.restartPolicy === 'OnFailure');
}

/** The messages of a `<probe>-port-not-exposed` rule. */
export function probePortMessages(probe: Probe) {
  return {
    undeclaredName: `The ${probe} of container "{{container}}" targets port "{{port}}", which the container does not declare.`,
    undeclaredNumber: `The ${probe} of container "{{container}}" targets port {{port}}, which is not among the container's ports.`,
    notTcp: `The ${probe} of container "{{container}}" targets port "{{port}}", which the container declares for a protocol other than TCP.`,
  };
}

/** Reports every `probe` that targets a port its container does not declare for TCP. */
export function probePortCheck(probe: Probe) {
  const messageIds = { name: 'undeclaredName', number: 'undeclaredNumber', protocol: 'notTcp' } as const;
  return ({ resource, report }: CheckContext<keyof ReturnType<typeof probePortMessages>, unknown>): void => {
    for (const found of undeclaredProbePorts(resource, probe)) {
      report({ messageId: messageIds[found.reason], path: found.path, data: { container: found.container, port: found.port } });
    }
  };
}

/** Reports every container that leaves `section.name` (`limits.cpu`) unset or zero. */
export function unsetAmountCheck(section: 'requests' | 'limits', name: string) {
  return ({ resource, options, report }: CheckContext<'missing' | 'zero', { ignoreInitContainers: boolean }>): void => {
    for (const unset of unsetResourceAmounts(resource, section, name, options)) {
      report({ messageId: unset.state === 'zero' ? 'zero' : 'missing', path: unset.path, data: { container: unset.container } });
    }
  };
}

/**
 * Reports every container whose request of `name` differs from its limit. An unset request
 * defaults to the limit, so only an explicit, different one counts; a missing limit is reported
 * as `limitMissing` when the rule has that message (else another rule's finding).
 */
export function requestNotEqualLimitCheck<MessageId extends 'differs' | 'limitMissing'>(name: string, reportsMissingLimit: 'limitMissing' extends MessageId ? true : false) {
  return ({ resource, report }: CheckContext<MessageId, unknown>): void => {
    for (const container of containersOf(resource)) {
      // ephemeral containers may not set resources
      if (container.kind === 'ephemeral') continue;
      const limit = resourceAmountOf(container, 'limits', name);
      const request = resourceAmountOf(container, 'requests', name);
      if (limit.state === 'missing' && reportsMissingLimit) {
        report({ messageId: 'limitMissing' as MessageId, path: limit.path, data: { container: container.name } });
        continue;
      }
      if (!limit.quantity || !request.quantity || compareQuantities(request.quantity, limit.quantity) === 0) continue;
      report({ messageId: 'differs' as MessageId, path: request.path, data: { container: container.name, request: request.text ?? '', limit: limit.text ?? '' } });
    }
  };
}
