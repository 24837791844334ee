import { minorOf, splitApiVersion } from '../resources/index.js';
import { apiRemovals, type ApiRemoval } from './api-removals.js';
import { compareApiVersions, isPrerelease } from './api-version-order.js';
import type { SchemaIssue } from './schema-issue.js';
import type { SchemaStore } from './schema-store.js';

/**
 * Which built-in API versions the target Kubernetes version serves, and what to say about one
 * it does not serve (removed, not yet served, never existed) or serves but deprecates. Combines
 * the removal table (api-removals.ts) with what the bundled specs show between 1.28 and 1.36.
 */
export class ApiLifecycle {
  private groups: Set<string> | undefined;
  /** `group/Kind` → the API versions serving it at the target. */
  private served: Map<string, string[]> | undefined;
  private readonly deprecations = new Map<string, SchemaIssue | undefined>();

  constructor(
    private readonly store: SchemaStore,
    private readonly target: string,
  ) {}

  /** Built lazily: a run whose resources all use current GA versions never needs them. */
  private index(): { groups: Set<string>; served: Map<string, string[]> } {
    if (!this.groups || !this.served) {
      const groups = new Set(apiRemovals.map((removal) => splitApiVersion(removal.apiVersion).group));
      const served = new Map<string, string[]>();
      for (const [key, entry] of Object.entries(this.store.kinds)) {
        const slash = key.lastIndexOf('/');
        const { group, version } = splitApiVersion(key.slice(0, slash));
        groups.add(group);
        if (!entry.versions.includes(this.target)) continue;
        const groupKind = `${group}/${key.slice(slash + 1)}`;
        served.set(groupKind, [...(served.get(groupKind) ?? []), version]);
      }
      this.groups = groups;
      this.served = served;
    }
    return { groups: this.groups, served: this.served };
  }

  /** Whether `group` is a built-in Kubernetes API group (`''` is the core group). */
  isBuiltinGroup(group: string): boolean {
    return this.index().groups.has(group);
  }

  /** A warning when the target serves `apiVersion` + `kind` but deprecates it. */
  deprecation(apiVersion: string, kind: string): SchemaIssue | undefined {
    const key = `${apiVersion}/${kind}`;
    if (!this.deprecations.has(key)) this.deprecations.set(key, this.findDeprecation(apiVersion, kind));
    const found = this.deprecations.get(key);
    return found && { ...found, path: [...found.path] };
  }

  private findDeprecation(apiVersion: string, kind: string): SchemaIssue | undefined {
    const removal = removalOf(apiVersion, kind);
    if (removal?.deprecatedIn && minorOf(removal.deprecatedIn) <= minorOf(this.target)) {
      const use = this.replacement(apiVersion, kind, removal);
      return warning(`${apiVersion} ${kind} is deprecated since Kubernetes ${removal.deprecatedIn} and removed in ${removal.removedIn}${use}`);
    }
    const { group, version } = splitApiVersion(apiVersion);
    if (!isPrerelease(version)) return undefined;
    const preferred = this.preferredVersion(group, kind);
    if (preferred && !isPrerelease(preferred)) {
      return warning(`${apiVersion} ${kind} is deprecated; use ${withGroup(group, preferred)}`);
    }
    return undefined;
  }

  /** The error for a built-in group's `apiVersion` + `kind` that the target does not serve. */
  notServed(apiVersion: string, kind: string): SchemaIssue {
    const removal = removalOf(apiVersion, kind);
    if (removal && minorOf(removal.removedIn) <= minorOf(this.target)) {
      return error('apiRemoved', `${apiVersion} ${kind} was removed in Kubernetes ${removal.removedIn}${this.replacement(apiVersion, kind, removal)}`);
    }
    const served = this.store.kind(apiVersion, kind)?.versions ?? [];
    const later = served.filter((v) => minorOf(v) > minorOf(this.target));
    const use = this.replacement(apiVersion, kind, undefined);
    if (served.length > 0 && later.length === served.length) {
      return error('apiNotYetServed', `${apiVersion} ${kind} is not served before Kubernetes ${later[0]} (the target is ${this.target})${use}`);
    }
    if (served.length > 0) {
      const lastServed = served.filter((v) => minorOf(v) < minorOf(this.target)).at(-1) as string;
      const removedIn = this.store.versions.find((v) => minorOf(v) > minorOf(lastServed)) ?? this.target;
      return error('apiRemoved', `${apiVersion} ${kind} was removed in Kubernetes ${removedIn}${use}`);
    }
    const gone = apiRemovals
      .filter((r) => r.kinds.includes(kind) && r.replacement === null && minorOf(r.removedIn) <= minorOf(this.target))
      .sort((a, b) => minorOf(b.removedIn) - minorOf(a.removedIn))[0];
    const why = gone ? `; ${kind} was removed in Kubernetes ${gone.removedIn} with no replacement` : use || this.servedElsewhere(kind);
    return error('apiNotServed', `${apiVersion} ${kind} is not served by Kubernetes ${this.target}${why}`);
  }

  /** `; Deployment is served as apps/v1`, when the kind lives in another group (a wrong apiVersion). */
  private servedElsewhere(kind: string): string {
    const places: string[] = [];
    for (const [groupKind, versions] of this.index().served) {
      const slash = groupKind.lastIndexOf('/');
      if (groupKind.slice(slash + 1) !== kind) continue;
      const group = groupKind.slice(0, slash);
      const [first] = [...versions].sort(compareApiVersions);
      if (first !== undefined) places.push(withGroup(group, first));
    }
    return places.length === 0 ? '' : `; ${kind} is served as ${places.sort().slice(0, 3).join(' or ')}`;
  }

  /** `; use <apiVersion>` naming where the kind is served at the target, or why there is none. */
  private replacement(apiVersion: string, kind: string, removal: ApiRemoval | undefined): string {
    if (removal?.replacement === null) return '; the kind has no replacement';
    const group = splitApiVersion(removal?.replacement ?? apiVersion).group;
    const preferred = this.preferredVersion(group, kind);
    if (preferred) return `; use ${withGroup(group, preferred)}`;
    return removal?.replacement ? `; use ${removal.replacement}` : '';
  }

  private preferredVersion(group: string, kind: string): string | undefined {
    return [...(this.index().served.get(`${group}/${kind}`) ?? [])].sort(compareApiVersions)[0];
  }
}

function removalOf(apiVersion: string, kind: string): ApiRemoval | undefined {
  return apiRemovals.find((r) => r.apiVersion === apiVersion && r.kinds.includes(kind));
}

function withGroup(group: string, version: string): string {
  return group === '' ? version : `${group}/${version}`;
}

function error(messageId: string, message: string): SchemaIssue {
  return { ruleId: 'schema/api-not-served', messageId, message, severity: 'error', path: ['apiVersion'] };
}

function warning(message: string): SchemaIssue {
  return { ruleId: 'schema/deprecated-api', messageId: 'apiDeprecated', message, severity: 'warning', path: ['apiVersion'] };
}
