import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtCli, repoRoot } from '../helpers/shared.js';
import { runCli } from '../helpers/run-cli.js';
import { itemAt } from '../helpers/item-at.js';

const shop = path.join(repoRoot, 'fixtures/plan/shop');
const dump = path.join(repoRoot, 'fixtures/plan/live/cluster-dump.yaml');

interface PlanJson {
  version: number;
  planned: boolean;
  summary: Record<string, number>;
  changes: { step: number; action: string; kind: string; name: string; namespace: string | null; rollout: boolean; reason: string | null; fields: { path: string; before?: unknown; after?: unknown; sensitive?: boolean }[]; source: { file: string; line: number } | null }[];
  order: string[];
  diagnostics: { ruleId: string; severity: string }[];
}

function planJson(args: string[], cwd = repoRoot): { code: number | null; json: PlanJson } {
  const run = runCli(['plan', '-f', 'json', ...args], { cwd });
  return { code: run.code, json: JSON.parse(run.stdout) as PlanJson };
}

interface SimulationJson extends PlanJson {
  scheduling: { placements: { pod: string; node: string; owner: { name: string } }[]; pending: { pod: string; message: string }[] };
  routing: { services: { namespace: string; name: string; state: string }[] };
  rollouts: { kind: string; name: string }[];
  route?: { answers: unknown[] };
  diagnostics: { ruleId: string; severity: string; line: number }[];
}

function planJsonWithSimulation(args: string[]): { code: number | null; json: SimulationJson } {
  const { code, json } = planJson(args);
  return { code, json: json as SimulationJson };
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=drydock', '-c', 'user.email=drydock@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'ignore' });
}

/** A repository with the shop at HEAD~1 and a change on top. */
function repoWithTwoCommits(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'drydock-plan-'));
  cpSync(shop, path.join(dir, 'k8s'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'shop');
  const web = path.join(dir, 'k8s/web.yaml');
  writeFileSync(web, readFileSync(web, 'utf8').replace('web:1.5.0', 'web:1.6.0').replace('port: 80\n', 'port: 8080\n'));
  writeFileSync(path.join(dir, 'k8s/worker.yaml'), 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: worker\n  namespace: shop\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'web 1.6.0, a worker account');
  return dir;
}

describe('drydock plan (the built CLI)', () => {
  it('plans against the same paths at a git ref', () => {
    const dir = repoWithTwoCommits();
    const { code, json } = planJson(['k8s', '--base', 'HEAD~1'], dir);
    expect(code).toBe(0);
    expect(json.summary).toEqual({ create: 1, update: 2, replace: 0, delete: 0, unchanged: 4 });
    const changed = json.changes.filter((c) => c.action !== 'unchanged');
    expect(changed.map((c) => `${c.action} ${c.kind}/${c.name}`)).toEqual(['create ServiceAccount/worker', 'update Service/web', 'update Deployment/web']);
    expect(changed[2]).toMatchObject({ rollout: true, fields: [{ path: 'spec.template.spec.containers[name=web].image', before: 'registry.example.com/shop/web:1.5.0', after: 'registry.example.com/shop/web:1.6.0' }], source: { file: 'k8s/web.yaml', line: 20, column: 18 } });
    expect(itemAt(changed, 1).fields).toEqual([{ path: 'spec.ports[port=8080]', after: { name: 'http', port: 8080, targetPort: 'http', protocol: 'TCP' } }, { path: 'spec.ports[port=80]', before: { name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' } }]);
  });

  it('exits 2 on changes with --detailed-exitcode and 0 when nothing changes', () => {
    const dir = repoWithTwoCommits();
    expect(runCli(['plan', 'k8s', '--base', 'HEAD~1', '--detailed-exitcode'], { cwd: dir }).code).toBe(2);
    const same = runCli(['plan', 'k8s', '--base', 'HEAD', '--detailed-exitcode'], { cwd: dir });
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('No changes.');
    // a failure never shares 2 with "changes": a usage error and manifest errors are 1
    expect(runCli(['plan', 'k8s', '--base', 'no-such-ref-or-folder', '--detailed-exitcode'], { cwd: dir }).code).toBe(1);
    expect(runCli(['plan', 'k8s', '--base', 'no-such-ref-or-folder'], { cwd: dir }).code).toBe(2);
    expect(runCli(['plan', path.join(repoRoot, 'fixtures/demo'), '--detailed-exitcode'], { cwd: dir }).code).toBe(1);
  });

  it('reads a kubectl get -o yaml dump three-way, with no spurious changes from server fields', () => {
    const { code, json } = planJson([shop, '--base', dump]);
    expect(code).toBe(0);
    expect(json.summary).toEqual({ create: 0, update: 1, replace: 0, delete: 0, unchanged: 5 });
    const update = json.changes.find((c) => c.action === 'update');
    expect(update?.fields).toEqual([
      { path: 'spec.template.spec.containers[name=web].env[name=LEGACY_CHECKOUT]', before: { name: 'LEGACY_CHECKOUT', value: 'true' } },
      { path: 'spec.template.spec.containers[name=web].image', before: 'registry.example.com/shop/web:1.4.2', after: 'registry.example.com/shop/web:1.5.0' },
    ]);
  });

  it('prunes only what kubectl applied, never what controllers made', () => {
    const { json } = planJson([shop, '--base', dump, '--prune']);
    expect(json.changes.filter((c) => c.action === 'delete').map((c) => `${c.kind}/${c.name}`)).toEqual(['ConfigMap/promo-banner']);
    expect(json.order.at(-1)).toBe('ConfigMap/shop/promo-banner');
  });

  it('prints a terraform-like plan and a markdown plan', () => {
    const text = runCli(['plan', shop, '--base', dump, '--no-color']);
    expect(text.stdout).toMatch(/~\s+Deployment\/web\s+shop\s+rollout: new pod template/);
    expect(text.stdout).toContain('    ~ spec.template.spec.containers[name=web].image: "registry.example.com/shop/web:1.4.2" -> "registry.example.com/shop/web:1.5.0"');
    expect(text.stdout).toContain('Plan: 0 to create, 1 to update, 0 to replace, 0 to delete.');
    const markdown = runCli(['plan', shop, '--base', dump, '-f', 'markdown']);
    expect(markdown.stdout).toMatch(/^## Plan: 0 to create, 1 to update, 0 to replace, 0 to delete\./);
    expect(markdown.stdout).toContain('<details><summary><code>~</code> Deployment/web (shop)</summary>');
  });

  it('stops at validation errors (exit 1) unless --force', () => {
    const stopped = planJson([path.join(repoRoot, 'fixtures/demo')]);
    expect(stopped.code).toBe(1);
    expect(stopped.json.planned).toBe(false);
    expect(stopped.json.diagnostics.length).toBeGreaterThan(0);
    const forced = planJson([path.join(repoRoot, 'fixtures/demo'), '--force']);
    expect(forced.json.planned).toBe(true);
    expect(forced.code).toBe(1);
  });

  it('never prints a Secret value that changed, in any format', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'drydock-plan-secret-'));
    cpSync(shop, dir, { recursive: true });
    const config = path.join(dir, 'config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('plan-marker-password-7f3a', 'plan-marker-rotated-9c1e'));
    for (const format of ['text', 'json', 'markdown']) {
      const run = runCli(['plan', dir, '--base', dump, '-f', format]);
      expect(run.stdout).toContain('data.DB_PASSWORD');
      for (const marker of ['plan-marker-password-7f3a', 'plan-marker-rotated-9c1e']) {
        for (const form of [marker, Buffer.from(marker).toString('base64')]) expect(run.stdout + run.stderr).not.toContain(form);
      }
    }
  });

  it('schedules the seed 003 stack on a 1 + 2 kind cluster: the DaemonSet on every node', () => {
    const { code, json } = planJsonWithSimulation([path.join(repoRoot, 'fixtures/plan/seed-003'), '--cluster', path.join(repoRoot, 'fixtures/clusters/kind-3-nodes.yaml')]);
    expect(code).toBe(0);
    const nodesOf = (owner: string) => json.scheduling.placements.filter((p) => p.owner.name === owner).map((p) => p.node).sort();
    expect(nodesOf('node-exporter')).toEqual(['kind-control-plane', 'kind-worker', 'kind-worker2']);
    expect(nodesOf('bootcamp')).toEqual(['kind-worker', 'kind-worker2']);
    expect(json.scheduling.pending).toEqual([]);
    const noToleration = planJsonWithSimulation([path.join(repoRoot, 'fixtures/plan/seed-003-no-toleration'), '--cluster', path.join(repoRoot, 'fixtures/clusters/kind-3-nodes.yaml')]);
    expect(noToleration.json.scheduling.placements.filter((p) => p.owner.name === 'node-exporter').map((p) => p.node).sort()).toEqual(['kind-worker', 'kind-worker2']);
  });

  it('keeps a too-large request Pending with the scheduler\'s message, at the request\'s line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'drydock-plan-big-'));
    cpSync(path.join(repoRoot, 'fixtures/plan/seed-003'), dir, { recursive: true });
    const file = path.join(dir, 'bootcamp.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('          - containerPort: 8080\n', '          - containerPort: 8080\n        resources:\n          requests:\n            cpu: "64"\n'));
    const { json } = planJsonWithSimulation([dir, '--cluster', path.join(repoRoot, 'fixtures/clusters/kind-3-nodes.yaml'), '-k', '1.33']);
    expect(json.scheduling.pending.map((p) => p.message)).toEqual([
      '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
      '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    ]);
    // 1.35 and later name no taint and add the claims clause
    const newer = planJsonWithSimulation([dir, '--cluster', path.join(repoRoot, 'fixtures/clusters/kind-3-nodes.yaml'), '-k', '1.36']);
    expect(itemAt(newer.json.scheduling.pending, 0).message).toBe('0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.');
    const finding = json.diagnostics.find((d) => d.ruleId === 'plan/pod-unschedulable');
    expect(finding).toMatchObject({ severity: 'warning', line: 22 });
  });

  it('reports a kind config with repeated keys (seed 000) at the duplicate key, exit 1', () => {
    const run = runCli(['plan', shop, '--cluster', path.join(repoRoot, 'fixtures/clusters/kind-duplicate-role.yaml'), '-f', 'json']);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as PlanJson;
    expect(json.diagnostics.filter((d) => d.ruleId === 'yaml/duplicate-key').length).toBeGreaterThan(0);
  });

  it('explains one request with --route: the Ingress rule, the Service port and the Pods', () => {
    const { json } = planJsonWithSimulation([shop, '--route', 'https://shop.example.com/api/cart']);
    expect(json.route?.answers).toMatchObject([{ class: 'nginx', via: 'rule', rule: { ingress: 'shop/web', path: '/', pathType: 'Prefix' }, endpoints: [{ pod: 'web-0', port: 8080 }, { pod: 'web-1', port: 8080 }, { pod: 'web-2', port: 8080 }, { pod: 'web-3', port: 8080 }] }]);
    expect(json.routing.services).toMatchObject([{ namespace: 'shop', name: 'web', state: 'routes' }]);
    expect(json.rollouts.map((r) => `${r.kind}/${r.name}`)).toEqual(['Deployment/web']);
  });

  it('plans the broken demo with --force: rollouts and routing of what would be created', () => {
    const { code, json } = planJsonWithSimulation([path.join(repoRoot, 'fixtures/demo'), '--force', '--cluster', path.join(repoRoot, 'fixtures/clusters/kind-3-nodes.yaml')]);
    expect(code).toBe(1);
    expect(json.summary.create).toBeGreaterThan(5);
    expect(json.rollouts.map((r) => `${r.kind}/${r.name}`)).toContain('Deployment/web');
    expect(json.scheduling.placements.length).toBeGreaterThan(0);
    expect(json.routing.services.length).toBeGreaterThan(0);
  });

  it('npm run demo lints the demo and plans the shop release, exit 0', () => {
    // the README's demo command, run with the CLI built from the current source (CI checks that
    // the committed bundle `bin/drydock.js` loads is the same build)
    const demo = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: { demo: string } }).scripts.demo;
    expect(demo).toContain('node bin/drydock.js');
    const script = demo.replaceAll('node bin/drydock.js', `node ${JSON.stringify(builtCli)}`);
    const run = spawnSync('bash', ['-c', script], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('api/workload-selector');
    expect(run.stdout).toContain('Plan: 0 to create, 1 to update, 0 to replace, 0 to delete.');
    expect(run.stdout).toContain('route https://shop.example.com/api/cart');
  });

  it('names a base that is neither a path nor a git ref (exit 2)', () => {
    const run = runCli(['plan', shop, '--base', 'no-such-ref-or-folder'], { cwd: mkdtempSync(path.join(tmpdir(), 'drydock-plan-')) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--base no-such-ref-or-folder');
  });
});

describe('--route answered by Gateway API HTTPRoutes (the built CLI)', () => {
  it('carries the answer in the JSON route section: the most specific hostname wins, backends by weight', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'drydock-httproute-'));
    const route = (name: string, hostname: string, prefix: string, backends: string) =>
      `apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: ${name}}\nspec:\n  parentRefs: [{name: gw}]\n  hostnames: ["${hostname}"]\n  rules:\n    - matches: [{path: {type: PathPrefix, value: ${prefix}}}]\n      backendRefs: ${backends}\n`;
    writeFileSync(path.join(dir, 'app.yaml'), [
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 2\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: example/web:1.0, ports: [{name: http, containerPort: 8080}]}]\n',
      'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports: [{port: 80, targetPort: http}]\n',
      // a longer path under a wildcard loses to the exact hostname
      route('wildcard', '*.example.com', '/api', '[{name: other, port: 80}]'),
      route('shop', 'shop.example.com', '/', '[{name: web, port: 80, weight: 3}, {name: canary, port: 80, weight: 1}]'),
    ].join('---\n'));
    const run = runCli(['plan', '.', '--route', 'https://shop.example.com/api/cart', '-f', 'json'], { cwd: dir });
    const answer = (JSON.parse(run.stdout) as { route: { httpRoute: { match: { httpRoute: string }; backends: { service: string; share: number; endpointCount: number; problem: string | null }[] } } }).route.httpRoute;
    expect(answer.match.httpRoute).toBe('default/shop');
    expect(answer.backends.map((b) => [b.service, b.share, b.endpointCount, b.problem])).toEqual([['default/web', 0.75, 2, null], ['default/canary', 0.25, 0, 'service-missing']]);
  });
});
