import { describe, expect, it } from 'vitest';
import { schedulePods } from '../../src/plan/schedule/index.js';
import { paletteFor } from '../../src/report/colors.js';
import { schedulingMarkdownLines, schedulingTextLines } from '../../src/report/plan/plan-scheduling.js';
import { cluster, node, podsOf } from '../plan/schedule/helpers.js';

const { set, pods } = podsOf(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: web
        image: web
        resources: {requests: {cpu: 1500m, memory: 1Gi}}
`);
const result = schedulePods(pods, cluster([node('worker-1', { cpu: '2' }), node('worker-2', { cpu: '2' })]), { kubernetesVersion: '1.36', resources: set });

describe('the scheduling section', () => {
  it('prints placements per workload, Pending Pods with message, hint and line, and node usage', () => {
    expect(schedulingTextLines(result, paletteFor(false))).toEqual([
      'Scheduling (plausible placement)',
      '  Deployment/web (shop): web-0 → worker-1, web-1 → worker-2',
      'Pending (1)',
      '  Deployment/web (shop) web-2: 0/2 nodes are available: 2 Insufficient cpu. no new claims to deallocate, preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.',
      '    hint: the Pod requests 1500m cpu but no node has more than 500m free: lower resources.requests.cpu of container "web" or add capacity  (test.yaml:14:37)',
      'Node usage (requests / allocatable)',
      '  NODE      CPU            MEMORY         PODS',
      '  worker-1  1500m/2 (75%)  1Gi/8Gi (13%)  1/110 (1%)',
      '  worker-2  1500m/2 (75%)  1Gi/8Gi (13%)  1/110 (1%)',
    ]);
  });

  it('colours the Pending part for a terminal', () => {
    const lines = schedulingTextLines(result, paletteFor(true));
    expect(lines.find((l) => l.includes('web-2'))).toContain('\u001b[31m0/2 nodes');
  });

  it('writes Markdown tables, escaping cell text', () => {
    const lines = schedulingMarkdownLines(result);
    expect(lines).toContain('| Deployment/web (shop) | web-0 → worker-1, web-1 → worker-2 |');
    expect(lines).toContain('| `worker-1` | 1500m/2 (75%) | 1Gi/8Gi (13%) | 1/110 (1%) |');
    const pending = lines.find((l) => l.startsWith('| `web-2`'))!;
    expect(pending).toContain('| 0/2 nodes are available: 2 Insufficient cpu. no new claims to deallocate, preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod. |');
    expect(pending).toContain('(`test.yaml:14:37`)');
  });

  it('prints nothing for an empty result', () => {
    expect(schedulingTextLines({ placements: [], pending: [], nodes: [] }, paletteFor(false))).toEqual([]);
  });
});
