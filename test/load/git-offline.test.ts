import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plan } from '../../src/index.js';

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=drydock', '-c', 'user.email=drydock@example.com', '-c', 'commit.gpgsign=false', '-c', 'protocol.file.allow=always', ...args], { cwd, stdio: 'ignore' });
}

const configMap = (value: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: "${value}"\n`;

// The remote: an HTTP server that counts requests and answers 404. It runs in a worker thread,
// since drydock waits for git synchronously and would otherwise keep it from answering.
const serverCode = `
const { parentPort } = require('node:worker_threads');
const server = require('node:http').createServer((request, response) => {
  parentPort.postMessage({ request: request.url });
  response.statusCode = 404;
  response.end();
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
`;

// A partial clone lacks the blobs of the base commit; git would fetch them from the remote the
// moment they are read. drydock never goes to the network: the remote must receive nothing, and
// the unreadable base file is said, not fetched.
describe('a git-ref base in a partial clone', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'drydock-git-offline-'));
  const requests: string[] = [];
  const server = new Worker(serverCode, { eval: true });
  afterAll(async () => {
    await server.terminate();
    rmSync(temp, { recursive: true, force: true });
  });

  beforeAll(async () => {
    const port = await new Promise<number>((resolve) => {
      server.on('message', (message: { port?: number; request?: string }) => {
        if (message.port !== undefined) resolve(message.port);
        if (message.request !== undefined) requests.push(message.request);
      });
    });
    const origin = path.join(temp, 'origin');
    mkdirSync(path.join(origin, 'k8s'), { recursive: true });
    writeFileSync(path.join(origin, 'k8s', 'settings.yaml'), configMap('old'));
    git(origin, 'init', '-q', '-b', 'main');
    git(origin, 'config', 'uploadpack.allowFilter', 'true');
    git(origin, 'add', '.');
    git(origin, 'commit', '-q', '-m', 'base');
    git(temp, 'clone', '-q', '--filter=blob:none', '--no-checkout', `file://${origin}`, 'clone');
    const clone = path.join(temp, 'clone');
    git(clone, 'remote', 'set-url', 'origin', `http://127.0.0.1:${port}/origin.git`);
    mkdirSync(path.join(clone, 'k8s'));
    writeFileSync(path.join(clone, 'k8s', 'settings.yaml'), configMap('new'));
  }, 30_000);

  it('fetches nothing and says the base file could not be read', async () => {
    const clone = path.join(temp, 'clone');
    const result = await plan({ paths: ['k8s'], cwd: clone, base: 'HEAD' });
    // a request would have reached the worker by now: git waited for its answer
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toEqual([]);
    expect(result.diagnostics.map((d) => `${d.range.file} ${d.severity} ${d.message}`)).toEqual(['HEAD:k8s/settings.yaml warning in the base: the file cannot be read at the git ref']);
  });
});
