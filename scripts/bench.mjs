#!/usr/bin/env node
// Benchmark for the built CLI (not a test: it never fails on a missed goal).
//
//   npm run bench [-- --runs N] [--full] [--json] [--profile] [--top N] [-k 1.30]
//
// Times `node bin/drydock.js validate <input> -f json -o /dev/null` as separate child processes
// (wall median/min of N runs, resources/s, peak RSS of the child), plus cold start (a one-file
// run and `drydock --help`, median of 10), and prints the numbers beside the project's goals.
// Inputs: ../shared/corpus and the deterministic synthetic sets written once by
// ../shared/bench/gen-synthetic.mjs into <tmpdir>/drydock-bench/ (1k and 20k; 100k with --full).
// Inputs whose sources are absent are skipped with a note.
//
// --profile runs only the 20k case, once, under `node --cpu-prof`, and prints the functions
// (and bundle source modules) with the most self time. See docs/benchmarks.md.
//
// Peak RSS comes from GNU `/usr/bin/time -f %M` (the child's ru_maxrss, KiB). Without it, the
// child is started with `--import` of a tiny hook that writes process.resourceUsage().maxRSS
// on exit.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
const GEN = path.join(SHARED, 'bench/gen-synthetic.mjs');
const CORPUS = path.join(SHARED, 'corpus');
const CLI = path.join(ROOT, 'bin/drydock.js');
const CACHE = path.join(os.tmpdir(), 'drydock-bench');
const TIME = '/usr/bin/time';

const GOALS = {
  synthetic20kWallMs: 1200,
  coldOneFileMs: 120,
  peakRssMB: 250,
  kubeconform20k: '2.2–2.7 s wall, ~45 MB (kubeconform 0.7.0 -strict, same machine type)',
};

// ---------------------------------------------------------------- arguments
const USAGE = `usage: node scripts/bench.mjs [options]
  --runs N        timed runs per input (median reported), default 3
  --cold-runs N   runs of each cold-start case, default 10
  --full          also generate and time the 100k-resource set (slow)
  --json          print machine-readable results instead of the table
  --only LIST     comma-separated subset: corpus, synthetic-1k, synthetic-20k, synthetic-100k, cold, schedule
  --scaling       validate 1k, 10k and 100k resources on one thread and with workers:
                  how time and memory grow (slow: generates the 100k set once)
  --profile       only profile the 20k case once with --cpu-prof; print top self-time functions
  --top N         rows in the profile listing, default 20
  --profile-input NAME|PATH   profile synthetic-1k, synthetic-100k, corpus or any file/folder
                  instead of synthetic-20k
  -k, --kubernetes-version V   passed through to drydock validate
  -h, --help`;

const opts = { scaling: false, runs: 3, coldRuns: 10, full: false, json: false, profile: false, top: 20, k: undefined, profileInput: 'synthetic-20k', only: undefined };
{
  const argv = process.argv.slice(2);
  const num = (i, name) => {
    const v = Number(argv[i]);
    if (!Number.isInteger(v) || v < 1) die(`${name} needs a positive integer`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') opts.runs = num(++i, a);
    else if (a === '--cold-runs') opts.coldRuns = num(++i, a);
    else if (a === '--top') opts.top = num(++i, a);
    else if (a === '--full') opts.full = true;
    else if (a === '--scaling') opts.scaling = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--only') opts.only = new Set(String(argv[++i]).split(','));
    else if (a === '--profile') opts.profile = true;
    else if (a === '--profile-input') { opts.profile = true; opts.profileInput = argv[++i]; }
    else if (a === '-k' || a === '--kubernetes-version') opts.k = argv[++i];
    else if (a === '-h' || a === '--help') { console.log(USAGE); process.exit(0); }
    else die(`unknown argument ${a}\n${USAGE}`);
  }
}

function die(msg) {
  console.error(`bench: ${msg}`);
  process.exit(2);
}

// notes go to stderr so that --json output stays parseable
const note = (msg) => process.stderr.write(`${msg}\n`);

// ---------------------------------------------------------------- inputs
const SYNTHETIC = [
  { name: 'synthetic-1k', resources: 1000, files: 10, full: false },
  { name: 'synthetic-10k', resources: 10000, files: 100, full: true },
  { name: 'synthetic-20k', resources: 20000, files: 200, full: false },
  { name: 'synthetic-100k', resources: 100000, files: 1000, full: true },
];

/** Generates (once) a synthetic set; returns its directory, or undefined when the generator is absent. */
function synthetic({ name, resources, files }) {
  if (!existsSync(GEN)) return undefined;
  const dir = path.join(CACHE, name);
  // the generator writes invalid.txt last; a set without it was interrupted
  const complete = existsSync(path.join(dir, 'invalid.txt'))
    && readdirSync(dir).filter((f) => f.endsWith('.yaml')).length === files;
  if (!complete) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(CACHE, { recursive: true });
    note(`generating ${name} into ${dir} ...`);
    const r = spawnSync(process.execPath,
      [GEN, '--out', dir, '--resources', String(resources), '--files', String(files)],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) die(`gen-synthetic.mjs failed for ${name}`);
  }
  return dir;
}

const wanted = (name) => !opts.only || opts.only.has(name);

function inputs() {
  const list = [];
  if (!wanted('corpus')) { /* not asked for */ } else if (existsSync(CORPUS)) {
    // counts from ../shared/corpus/SOURCES.md (total files) and NOTES.md (objects)
    list.push({ name: 'corpus', dir: CORPUS, resources: 3037, files: 1745 });
  } else {
    note(`skipping corpus: ${CORPUS} not found`);
  }
  for (const s of SYNTHETIC) {
    if (!wanted(s.name) || (s.full && !opts.full && !opts.only)) continue;
    const dir = synthetic(s);
    if (dir) list.push({ name: s.name, dir, resources: s.resources, files: s.files });
    else note(`skipping ${s.name}: ${GEN} not found`);
  }
  return list;
}

// ---------------------------------------------------------------- running the CLI
const tmp = mkdtempSync(path.join(os.tmpdir(), 'drydock-bench-run-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const haveTime = spawnSync(TIME, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0;
const RSS_METHOD = haveTime ? '/usr/bin/time -f %M (ru_maxrss of the child)' : 'process.resourceUsage().maxRSS via --import hook';
// CPU = user + system time of the child, all its threads: worker threads shorten the wall time
// but add CPU (each warms up its own JIT and loads its own schemas)
const rssFile = path.join(tmp, 'rss.txt');
const hook = path.join(tmp, 'rss-hook.mjs');
if (!haveTime) {
  writeFileSync(hook, `import { writeFileSync } from 'node:fs';
process.on('exit', () => { try { const u = process.resourceUsage(); writeFileSync(process.env.DRYDOCK_BENCH_RSS, \`\${u.maxRSS} \${u.userCPUTime / 1e6} \${u.systemCPUTime / 1e6}\`); } catch {} });
`);
}

/** One child run: wall ms (spawn to close), peak RSS in KiB, CPU ms (user + system), exit code. */
function runOnce(nodeArgs, cliArgs, script = CLI) {
  rmSync(rssFile, { force: true });
  const rest = [...nodeArgs, ...(script ? [script] : []), ...cliArgs];
  const argv = haveTime
    ? [TIME, '-f', '%M %U %S', '-o', rssFile, process.execPath, ...rest]
    : [process.execPath, '--import', pathToFileURL(hook).href, ...rest];
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DRYDOCK_BENCH_RSS: rssFile, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      let rssKiB = NaN;
      let cpuMs = NaN;
      try {
        // GNU time prefixes "Command exited with non-zero status N" on its own line
        const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
        const [rss, user, system] = lines[lines.length - 1].split(' ').map(Number);
        rssKiB = rss;
        cpuMs = (user + system) * 1000;
      } catch { /* no figure */ }
      resolve({ ms, rssKiB, cpuMs, code, stderr });
    });
  });
}

/** Runs a case n times; exit codes 0 and 1 both count (1 = findings). Retries a broken run once. */
async function measure(label, cliArgs, n, nodeArgs = [], script = CLI) {
  const before = distFingerprint();
  const runs = [];
  for (let i = 0; i < n; i++) {
    let r = await runOnce(nodeArgs, cliArgs, script);
    if (r.code !== 0 && r.code !== 1) {
      // dist/ may be mid-rebuild by someone else: wait and try once more
      note(`${label}: run ${i + 1} exited ${r.code}; retrying in 5 s\n${r.stderr.trim().slice(0, 800)}`);
      await sleep(5000);
      r = await runOnce(nodeArgs, cliArgs, script);
      if (r.code !== 0 && r.code !== 1) die(`${label} failed (exit ${r.code}):\n${r.stderr.trim().slice(0, 2000)}`);
    }
    runs.push(r);
  }
  const distChanged = distFingerprint() !== before;
  if (distChanged) note(`${label}: dist/ was rebuilt while timing; these runs may mix two builds`);
  const ms = runs.map((r) => r.ms);
  const rss = runs.map((r) => r.rssKiB).filter(Number.isFinite);
  const cpu = runs.map((r) => r.cpuMs).filter(Number.isFinite);
  return {
    runs: n,
    wallMedianMs: round(median(ms)),
    cpuMedianMs: cpu.length ? round(median(cpu)) : null,
    wallMinMs: round(Math.min(...ms)),
    wallMaxMs: round(Math.max(...ms)),
    peakRssMB: rss.length ? round(Math.max(...rss) / 1024, 1) : null,
    exitCode: runs[runs.length - 1].code,
    ...(distChanged ? { distChanged } : {}),
  };
}

/** Names and mtimes of the bundle's files: changes when someone rebuilds dist/. */
function distFingerprint() {
  try {
    const files = ['cli.js', ...readdirSync(path.join(ROOT, 'dist/chunks')).map((f) => `chunks/${f}`)];
    return files.map((f) => `${f}@${statSync(path.join(ROOT, 'dist', f)).mtimeMs}`).join(',');
  } catch {
    return 'unreadable';
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
const kArgs = () => (opts.k ? ['-k', opts.k] : []);
const validateArgs = (target) => ['validate', target, '-f', 'json', '-o', '/dev/null', ...kArgs()];
const lintArgs = (target) => ['lint', target, '-f', 'json', '-o', '/dev/null', ...kArgs()];
// the 20k set has validation errors (see Inputs): --force plans it anyway
const planArgs = (target) => ['plan', target, '--force', '-f', 'json', '-o', '/dev/null', ...kArgs()];

// ---------------------------------------------------------------- environment
function environment() {
  const git = (args) => {
    const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : undefined;
  };
  let distBuilt;
  try { distBuilt = statSync(path.join(ROOT, 'dist/cli.js')).mtime.toISOString(); } catch { /* none */ }
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memMB: Math.round(os.totalmem() / 2 ** 20),
    loadavg: os.loadavg().map((x) => round(x, 2)),
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirtySrc: Boolean(git(['status', '--porcelain', '--', 'src'])),
    distBuilt,
    rssMethod: RSS_METHOD,
  };
}

// ---------------------------------------------------------------- profile
function profile() {
  const s = opts.profileInput === 'corpus'
    ? { name: 'corpus', resources: 3037 }
    : SYNTHETIC.find((x) => x.name === opts.profileInput)
      ?? (existsSync(opts.profileInput) ? { name: opts.profileInput, path: path.resolve(opts.profileInput) } : undefined);
  if (!s) die(`--profile-input: unknown input ${opts.profileInput}`);
  const dir = s.path ?? (s.name === 'corpus' ? (existsSync(CORPUS) ? CORPUS : undefined) : synthetic(s));
  if (!dir) { note(`--profile: the ${s.name} input is not available (../shared absent), nothing to profile`); return; }
  const profDir = path.join(tmp, 'prof');
  // others rebuild dist/ (chunk names carry hashes): read the bundle's module markers now
  snapshotMarkers();
  note(`profiling ${s.name} once with --cpu-prof ...`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [`--cpu-prof`, `--cpu-prof-dir=${profDir}`, CLI, ...validateArgs(dir)],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) die(`profiled run failed (exit ${r.status}):\n${r.stderr}`);
  const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) die('no .cpuprofile written');
  const prof = JSON.parse(readFileSync(path.join(profDir, file), 'utf8'));
  const result = analyseProfile(prof, opts.top);
  result.wallMs = round(wallMs);
  result.input = s.name;
  if (opts.json) {
    console.log(JSON.stringify({ environment: environment(), profile: result }, null, 2));
    return;
  }
  console.log(`\nCPU profile of drydock validate ${s.name}${s.resources ? ` (${s.resources} resources)` : ''}: wall ${fmtMs(wallMs)} with profiler, ${fmtMs(result.totalMs)} sampled, ${result.samples} samples`);
  console.log(`\nTop ${opts.top} functions by self time:`);
  table(['self ms', 'self %', 'function', 'location', 'bundled from'],
    result.functions.map((f) => [f.selfMs.toFixed(1), f.selfPct.toFixed(1), clip(f.name), f.location, f.module ?? '']),
    [true, true, false, false, false]);
  console.log('\nTotal (inclusive) time of drydock\'s own src/ functions (callees included):');
  table(['total ms', 'total %', 'function', 'module'],
    result.srcInclusive.map((f) => [f.totalMs.toFixed(1), f.totalPct.toFixed(1), f.name, f.module]), [true, true, false, false]);
  console.log('\nSelf time by source module (esbuild "// path" markers in the bundle; node: = Node internals):');
  table(['self ms', 'self %', 'module'],
    result.modules.map((m) => [m.selfMs.toFixed(1), m.selfPct.toFixed(1), clip(m.module)]), [true, true, false]);
}

/**
 * Self time per function from a V8 .cpuprofile: samples[i] is the node id that was on top of
 * the stack, timeDeltas[i] the µs since the previous sample; sample i covers the interval up to
 * sample i+1 (as DevTools attributes it).
 */
function analyseProfile(prof, top) {
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  const { samples, timeDeltas } = prof;
  for (let i = 0; i < samples.length; i++) {
    const dt = i + 1 < samples.length ? timeDeltas[i + 1] : prof.endTime - (prof.startTime + timeDeltas.reduce((a, b) => a + b, 0));
    if (dt > 0) selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + dt);
  }
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const fns = new Map();
  const mods = new Map();
  for (const [id, us] of selfUs) {
    const cf = byId.get(id).callFrame;
    const name = cf.functionName || (cf.url ? '(anonymous)' : '(native)');
    const key = `${name}\0${cf.url}\0${cf.lineNumber}\0${cf.columnNumber}`;
    let f = fns.get(key);
    if (!f) {
      f = { name, url: cf.url, line: cf.lineNumber + 1, column: cf.columnNumber + 1, us: 0 };
      fns.set(key, f);
    }
    f.us += us;
    const mod = moduleOf(cf.url, cf.lineNumber) ?? (cf.url ? shortUrl(cf.url) : name);
    mods.set(mod, (mods.get(mod) ?? 0) + us);
  }
  // inclusive ("total") time of drydock's own functions: every src/ frame on a sampled stack
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map();
  for (const [id, us] of selfUs) {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur).callFrame;
      const mod = moduleOf(cf.url, cf.lineNumber);
      if (!mod?.startsWith('src/')) continue;
      const key = `${cf.functionName || '(anonymous)'}\0${mod}`;
      if (seen.has(key)) continue; // recursion counts once
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + us);
    }
  }
  const pct = (us) => round((100 * us) / total, 1);
  return {
    samples: samples.length,
    totalMs: round(total / 1000),
    functions: [...fns.values()].sort((a, b) => b.us - a.us).slice(0, top).map((f) => ({
      name: f.name,
      selfMs: round(f.us / 1000, 1),
      selfPct: pct(f.us),
      location: f.url ? `${shortUrl(f.url)}:${f.line}:${f.column}` : '',
      module: moduleOf(f.url, f.line - 1),
    })),
    srcInclusive: [...incl].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([key, us]) => {
      const [name, module] = key.split('\0');
      return { name, module, totalMs: round(us / 1000, 1), totalPct: pct(us) };
    }),
    modules: [...mods].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([module, us]) => ({
      module, selfMs: round(us / 1000, 1), selfPct: pct(us),
    })),
  };
}

const markerCache = new Map();
function snapshotMarkers() {
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) moduleOf(pathToFileURL(p).href, 0);
    }
  };
  try { walk(path.join(ROOT, 'dist')); } catch { /* dist mid-rebuild */ }
}
/** The source file a bundle line came from, from esbuild's `// node_modules/...` / `// src/...` markers. */
function moduleOf(url, line0) {
  if (!url || !url.startsWith('file://')) return url?.startsWith('node:') ? url : undefined;
  let markers = markerCache.get(url);
  if (!markers) {
    markers = [];
    try {
      const lines = readFileSync(fileURLToPath(url), 'utf8').split('\n');
      const re = /^\/\/ ((?:node_modules|src)\/\S+\.(?:[cm]?js|ts|json))$/;
      lines.forEach((l, i) => { const m = re.exec(l); if (m) markers.push([i, m[1]]); });
    } catch { /* file gone (rebuilt) */ }
    markerCache.set(url, markers);
  }
  let found;
  for (const [i, m] of markers) { if (i <= line0) found = m; else break; }
  return found;
}

const shortUrl = (url) => {
  if (!url.startsWith('file://')) return url;
  const p = fileURLToPath(url);
  return p.startsWith(ROOT + path.sep) ? path.relative(ROOT, p) : p;
};

// ---------------------------------------------------------------- output
// long names (V8 lists regular expressions by their source) are cut for the table, not for --json
const clip = (s, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const fmtInt = (n) => n.toLocaleString('en-US');

function table(head, rows, right) {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (right[i] ? String(c).padStart(w[i]) : String(c).padEnd(w[i]))).join('  ').trimEnd();
  console.log(line(head));
  console.log(w.map((n) => '-'.repeat(n)).join('  '));
  for (const r of rows) console.log(line(r));
}

const verdict = (ok) => (ok ? 'ok' : 'MISSED');

// ---------------------------------------------------------------- scaling
/**
 * Time and memory of `validate` at 1k, 10k and 100k resources, with one thread (`-j 1`) and with
 * the default worker threads: both should grow linearly with the input.
 */
async function scaling() {
  const sets = ['synthetic-1k', 'synthetic-10k', 'synthetic-100k'].map((name) => SYNTHETIC.find((s) => s.name === name));
  const rows = [];
  for (const set of sets) {
    const dir = synthetic(set);
    if (!dir) { note(`skipping ${set.name}: ${GEN} not found`); continue; }
    for (const jobs of ['1', 'default']) {
      note(`timing ${set.name} with ${jobs === '1' ? 'one thread' : 'workers'} (${opts.runs} runs) ...`);
      const args = [...validateArgs(dir), ...(jobs === '1' ? ['-j', '1'] : [])];
      const m = await measure(`${set.name} -j ${jobs}`, args, opts.runs);
      rows.push({ input: set.name, resources: set.resources, jobs, ...m, msPer1k: m.wallMedianMs / (set.resources / 1000), mbPer1k: m.peakRssMB === null ? null : m.peakRssMB / (set.resources / 1000) });
    }
  }
  if (opts.json) { console.log(JSON.stringify({ environment: environment(), scaling: rows }, null, 2)); return; }
  table(['input', 'resources', 'threads', 'wall median', 'ms / 1k resources', 'peak RSS', 'MB / 1k resources'],
    rows.map((r) => [r.input, fmtInt(r.resources), r.jobs === '1' ? '1' : `default (${Math.min(os.availableParallelism(), 4)})`, fmtMs(r.wallMedianMs), Math.round(r.msPer1k), r.peakRssMB === null ? '-' : `${Math.round(r.peakRssMB)} MB`, r.mbPer1k === null ? '-' : round(r.mbPer1k, 1)]),
    [false, true, false, true, true, true, true]);
}

// ---------------------------------------------------------------- main
async function main() {
  if (!existsSync(path.join(ROOT, 'dist/cli.js'))) die('dist/cli.js not found: run `npm run build` first');
  if (opts.profile) { profile(); return; }
  if (opts.scaling) { await scaling(); return; }

  const env = environment();
  if (!opts.json && env.loadavg[0] > env.cpus / 2) {
    note(`note: load average ${env.loadavg.join(' ')} on ${env.cpus} CPUs; the machine is busy, numbers will be noisy`);
  }
  const list = inputs();
  const results = [];
  for (const inp of list) {
    note(`timing ${inp.name} (${opts.runs} runs) ...`);
    const m = await measure(inp.name, validateArgs(inp.dir), opts.runs);
    results.push({
      input: inp.name, path: inp.dir, resources: inp.resources, files: inp.files, ...m,
      resourcesPerSec: Math.round(inp.resources / (m.wallMedianMs / 1000)),
    });
    // lint is validate plus the rules; the goal is at most 1.2x validate on the corpus and the 20k set
    if (inp.name === 'corpus' || inp.name === 'synthetic-20k') {
      note(`timing lint on ${inp.name} (${opts.runs} runs) ...`);
      const l = await measure(`lint ${inp.name}`, lintArgs(inp.dir), opts.runs);
      results.push({
        input: `lint: ${inp.name}`, path: inp.dir, resources: inp.resources, files: inp.files, ...l,
        resourcesPerSec: Math.round(inp.resources / (l.wallMedianMs / 1000)),
        lintOverValidate: Math.round((100 * l.wallMedianMs) / m.wallMedianMs) / 100,
        lintOverValidateCpu: l.cpuMedianMs && m.cpuMedianMs ? Math.round((100 * l.cpuMedianMs) / m.cpuMedianMs) / 100 : null,
      });
    }
    // plan: validate, diff (everything is a create without a base), pods, routing, rollouts
    if (inp.name === 'synthetic-20k') {
      note(`timing plan on ${inp.name} (${opts.runs} runs) ...`);
      const p = await measure(`plan ${inp.name}`, planArgs(inp.dir), opts.runs);
      results.push({ input: `plan: ${inp.name}`, path: inp.dir, resources: inp.resources, files: inp.files, ...p, resourcesPerSec: Math.round(inp.resources / (p.wallMedianMs / 1000)) });
    }
  }

  // cold start: one Deployment in one file, and --help
  const one = path.join(tmp, 'one.yaml');
  writeFileSync(one, `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx:1.27
        ports:
        - containerPort: 80
`);
  const cold = [];
  if (wanted('cold')) {
    note(`timing cold start (${opts.coldRuns} runs each) ...`);
    cold.push(
    { input: 'cold: one-file validate', ...(await measure('cold one-file', validateArgs(one), opts.coldRuns)) },
    { input: 'cold: drydock --help', ...(await measure('--help', ['--help'], opts.coldRuns)) },
    // the floor under both: starting node itself
    { input: 'baseline: node -e 0', ...(await measure('node -e 0', [], opts.coldRuns, ['-e', '0'], null)) },
    );
  }
  // the planner's scheduler: 10,000 Pods with affinities and spread constraints on 1,000 nodes
  let scheduling;
  if (wanted('schedule')) {
    note(`timing the scheduling simulation (10,000 Pods on 1,000 nodes, ${opts.runs} runs) ...`);
    const runs = [];
    for (let i = 0; i < opts.runs; i++) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/bench-schedule.ts'), '--json'], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) { note(`scheduling benchmark failed: ${r.stderr}`); break; }
      runs.push(JSON.parse(r.stdout.trim().split('\n').at(-1)));
    }
    if (runs.length > 0) scheduling = { ...runs[0], ms: median(runs.map((r) => r.ms)), minMs: Math.min(...runs.map((r) => r.ms)) };
  }
  env.loadavgAfter = os.loadavg().map((x) => round(x, 2));

  const r20k = results.find((r) => r.input === 'synthetic-20k');
  const goals = [
    { goal: '20k resources wall < 1.2 s', target: GOALS.synthetic20kWallMs, actual: r20k?.wallMedianMs, unit: 'ms' },
    { goal: 'cold one-file run < 120 ms', target: GOALS.coldOneFileMs, actual: cold[0]?.wallMedianMs, unit: 'ms' },
    { goal: 'peak RSS (20k) < 250 MB', target: GOALS.peakRssMB, actual: r20k?.peakRssMB, unit: 'MB' },
    { goal: 'schedule 10k Pods / 1k nodes < 2 s', target: 2000, actual: scheduling?.ms, unit: 'ms' },
    ...['corpus', 'synthetic-20k'].map((name) => ({
      goal: `lint <= 1.2x validate (${name})`,
      target: 1.2,
      actual: results.find((r) => r.input === `lint: ${name}`)?.lintOverValidate,
      unit: 'x',
    })),
  ].map((g) => ({ ...g, met: g.actual == null ? null : g.unit === 'x' ? g.actual <= g.target : g.actual < g.target }));

  if (opts.json) {
    console.log(JSON.stringify({ environment: env, goals, reference: { kubeconform20k: GOALS.kubeconform20k }, results, cold, scheduling }, null, 2));
    return;
  }

  console.log(`\ndrydock validate -f json -o /dev/null${opts.k ? ` -k ${opts.k}` : ''}: ${env.node}, ${env.cpus} CPUs, ${env.cpuModel}`);
  console.log(`commit ${env.commit}${env.dirtySrc ? ' (src/ has uncommitted changes)' : ''}, dist built ${env.distBuilt}; load average ${env.loadavg.join(' ')} before, ${env.loadavgAfter.join(' ')} after`);
  console.log(`wall = spawn to exit of the child, median of ${opts.runs} (cold start: ${opts.coldRuns}); CPU = user + system of all its threads, median; peak RSS = max over runs, ${RSS_METHOD}\n`);
  table(
    ['input', 'resources', 'files', 'wall median', 'min', 'CPU', 'resources/s', 'peak RSS MB', 'exit', 'goal'],
    [
      ...results.map((r) => [
        r.input, fmtInt(r.resources), fmtInt(r.files), fmtMs(r.wallMedianMs), fmtMs(r.wallMinMs),
        r.cpuMedianMs == null ? '?' : fmtMs(r.cpuMedianMs), fmtInt(r.resourcesPerSec), r.peakRssMB ?? '?', r.exitCode,
        r.input === 'synthetic-20k'
          ? `< 1.2 s, < 250 MB (kubeconform -strict: 2.2–2.7 s, ~45 MB)`
          : r.lintOverValidate != null
            ? `<= 1.2x validate: ${r.lintOverValidate}x wall${r.lintOverValidateCpu == null ? '' : `, ${r.lintOverValidateCpu}x CPU`}`
            : '',
      ]),
      ...cold.map((r) => [
        r.input, r.input.includes('one-file') ? '1' : '0', r.input.includes('one-file') ? '1' : '0', fmtMs(r.wallMedianMs), fmtMs(r.wallMinMs),
        r.cpuMedianMs == null ? '?' : fmtMs(r.cpuMedianMs), '', r.peakRssMB ?? '?', r.exitCode, r.input.includes('one-file') ? '< 120 ms' : '',
      ]),
    ],
    [false, true, true, true, true, true, true, true, true, false],
  );
  console.log('\nGoals:');
  for (const g of goals) {
    const actual = g.actual == null ? 'not measured' : g.unit === 'ms' ? fmtMs(g.actual) : g.unit === 'x' ? `${g.actual}x` : `${g.actual} MB`;
    console.log(`  ${g.goal.padEnd(38)} ${actual.padStart(12)}  ${g.met == null ? '' : verdict(g.met)}`);
  }
  if (r20k) console.log(`  reference: kubeconform -strict on the 20k set: ${GOALS.kubeconform20k}; drydock is ${(r20k.wallMedianMs / 2450).toFixed(1)}x the midpoint`);
  if (!opts.full && !opts.only) console.log('\n(100k-resource set skipped; pass --full)');
}

await main();
