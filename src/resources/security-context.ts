import type { JsonPath } from './json-path.js';
import type { ContainerRef, PodSpecRef } from './pod-template.js';
import { isObject } from './pod-template.js';
import type { JsonObject } from './resource.js';

/** The securityContext fields a container can set; the first group may also come from the pod. */
export type SecurityField =
  | 'runAsUser'
  | 'runAsGroup'
  | 'runAsNonRoot'
  | 'seccompProfile'
  | 'seLinuxOptions'
  | 'appArmorProfile'
  | 'windowsOptions'
  | 'privileged'
  | 'allowPrivilegeEscalation'
  | 'readOnlyRootFilesystem'
  | 'capabilities'
  | 'procMount';

/**
 * The fields PodSecurityContext shares with SecurityContext, which containers inherit. The others
 * (privileged, capabilities, readOnlyRootFilesystem, ...) exist only per container: the API server
 * drops them at pod level, so a pod-level value there protects nothing.
 */
const inheritedFields: ReadonlySet<SecurityField> = new Set([
  'runAsUser',
  'runAsGroup',
  'runAsNonRoot',
  'seccompProfile',
  'seLinuxOptions',
  'appArmorProfile',
  'windowsOptions',
]);

/** One effective setting: its value (any JSON type), where it is written, and at which level. */
export interface EffectiveSetting {
  value: unknown;
  path: JsonPath;
  from: 'container' | 'pod';
}

/** A container's effective security settings, pod-level values filled in where the container has none. */
export interface EffectiveSecurityContext {
  /** The effective setting of `field`, or undefined when neither level sets it (null counts as unset). */
  get(field: SecurityField): EffectiveSetting | undefined;
  /** The effective value of `field`, or undefined. */
  value(field: SecurityField): unknown;
  /**
   * Where to report `field` when it is missing: inside the container's securityContext when that
   * is an object, else the container's `securityContext` key (so the path's parent exists).
   */
  missingPath(field: SecurityField): JsonPath;
  /** Whether the container or its pod has a securityContext object at all. */
  isDeclared: boolean;
}

/**
 * Merges the pod's and the container's securityContext the way the kubelet does: the container
 * wins, and only the fields PodSecurityContext also has are inherited.
 */
export function effectiveSecurityContext(podSpec: PodSpecRef | undefined, container: ContainerRef): EffectiveSecurityContext {
  // a dozen rules ask for the same container's context: build it once per container and pod spec
  const known = contexts.get(container);
  if (known && known.podSpec === podSpec) return known;
  const context = new MergedSecurityContext(podSpec, container);
  contexts.set(container, context);
  return context;
}

const contexts = new WeakMap<ContainerRef, MergedSecurityContext>();

class MergedSecurityContext implements EffectiveSecurityContext {
  readonly isDeclared: boolean;
  private readonly own: JsonObject | undefined;
  private readonly pod: JsonObject | undefined;

  constructor(
    readonly podSpec: PodSpecRef | undefined,
    private readonly container: ContainerRef,
  ) {
    this.own = isObject(container.spec.securityContext) ? container.spec.securityContext : undefined;
    this.pod = podSpec && isObject(podSpec.spec.securityContext) ? podSpec.spec.securityContext : undefined;
    this.isDeclared = this.own !== undefined || this.pod !== undefined;
  }

  get(field: SecurityField): EffectiveSetting | undefined {
    const from = this.levelOf(field);
    if (from === 'container') return { value: this.own![field], path: [...this.container.path, 'securityContext', field], from };
    if (from === 'pod') return { value: this.pod![field], path: [...this.podSpec!.path, 'securityContext', field], from };
    return undefined;
  }

  value(field: SecurityField): unknown {
    const from = this.levelOf(field);
    return from === 'container' ? this.own![field] : from === 'pod' ? this.pod![field] : undefined;
  }

  /** Which level sets `field` (the container wins), without building its path. */
  private levelOf(field: SecurityField): EffectiveSetting['from'] | undefined {
    if (this.own && isSet(this.own[field])) return 'container';
    if (this.pod && inheritedFields.has(field) && isSet(this.pod[field])) return 'pod';
    return undefined;
  }

  missingPath(field: SecurityField): JsonPath {
    const containerPath = [...this.container.path, 'securityContext'];
    return this.own ? [...containerPath, field] : containerPath;
  }
}

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** One capability name in a container's `capabilities.add` or `.drop`, normalised for comparison. */
export interface CapabilityEntry {
  /** Upper case, without a `CAP_` prefix (the runtime accepts both spellings). */
  name: string;
  path: JsonPath;
}

/** The string entries of a container's `securityContext.capabilities.add` or `.drop`, with their paths. */
export function capabilitiesOf(container: ContainerRef, list: 'add' | 'drop'): CapabilityEntry[] {
  const context = container.spec.securityContext;
  const capabilities = isObject(context) ? context.capabilities : undefined;
  const entries = isObject(capabilities) ? capabilities[list] : undefined;
  if (!Array.isArray(entries)) return [];
  const out: CapabilityEntry[] = [];
  entries.forEach((entry: unknown, index) => {
    if (typeof entry !== 'string') return;
    out.push({ name: entry.trim().toUpperCase().replace(/^CAP_/, ''), path: [...container.path, 'securityContext', 'capabilities', list, index] });
  });
  return out;
}
