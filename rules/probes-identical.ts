import { defineRule } from '../src/lint/rule-api.js';
import { containersOf, isObject, longRunningKinds } from '../src/resources/index.js';

const handlers = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
// the API server's defaults, so that `periodSeconds: 10` and no periodSeconds compare equal
const timingDefaults = { initialDelaySeconds: 0, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };

export default defineRule({
  id: 'probes-identical',
  summary: 'A container\'s liveness probe differs from its readiness probe.',
  rationale:
    'Readiness and liveness answer different questions: "should this Pod get traffic now?" and "is this process beyond repair?". When both probes are the same check with the same timing, a Pod that is merely overloaded or waiting on a dependency fails both at once and is restarted instead of being taken out of rotation, which turns a slowdown into an outage.',
  fix: 'Give the liveness probe a cheaper check that only fails when the process is stuck (for example an endpoint that does not call dependencies), or at least a higher `failureThreshold` or longer `periodSeconds` than the readiness probe.',
  category: 'reliability',
  severity: 'warning',
  kinds: longRunningKinds,
  preset: 'strict',
  messages: {
    identical: 'Container "{{container}}" has identical readiness and liveness probes.',
  },
  peers: { kubeScore: 'pod-probes-identical' },
  peerDifferences: 'drydock compares the probes after applying the API server\'s defaults, so omitted and default-valued timing fields count as equal.',
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      if (container.kind === 'ephemeral') continue;
      const { readinessProbe, livenessProbe } = container.spec;
      if (!isObject(readinessProbe) || !isObject(livenessProbe)) continue;
      const readiness = canonicalProbe(readinessProbe);
      if (readiness !== undefined && readiness === canonicalProbe(livenessProbe)) {
        report({ messageId: 'identical', path: [...container.path, 'livenessProbe'], data: { container: container.name } });
      }
    }
  },
});

/** The probe's handler and timing as a stable string, or undefined when it has no handler. */
function canonicalProbe(probe: Record<string, unknown>): string | undefined {
  const handler = handlers.find((name) => isObject(probe[name]));
  if (handler === undefined) return undefined;
  let action = probe[handler] as Record<string, unknown>;
  if (handler === 'httpGet') action = { ...action, scheme: action.scheme ?? 'HTTP', path: action.path || '/' };
  const timing = Object.fromEntries(Object.entries(timingDefaults).map(([field, fallback]) => [field, probe[field] ?? fallback]));
  return stableJson({ [handler]: action, ...timing });
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).filter((key) => value[key] !== undefined).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
