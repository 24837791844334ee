import type { NodeUsage, PendingPod, Placement, SchedulingResult } from '../../plan/index.js';
import { parseQuantity } from '../../resources/index.js';
import type { Palette } from '../colors.js';
import { columnWidth } from '../column-width.js';
import { codeSpan, escapeMarkdown } from '../markdown-escape.js';

// a Deployment of 50 replicas should not print 50 placements on one line
const shownPlacements = 6;

function ownerLabel(owner: Placement['owner']): string {
  return `${owner.kind}/${owner.name} (${owner.namespace})`;
}

/** Placements grouped by their workload, in the order the workloads first appear. */
function byWorkload(placements: readonly Placement[]): [string, Placement[]][] {
  const groups = new Map<string, Placement[]>();
  for (const placement of placements) {
    const key = ownerLabel(placement.owner);
    const list = groups.get(key) ?? [];
    list.push(placement);
    groups.set(key, list);
  }
  return [...groups];
}

function placementList(placements: readonly Placement[]): string {
  const shown = placements.slice(0, shownPlacements).map((p) => `${p.pod} → ${p.node}`);
  const more = placements.length > shownPlacements ? `, … ${placements.length - shownPlacements} more` : '';
  return `${shown.join(', ')}${more}`;
}

function location(pending: PendingPod): string | undefined {
  if (!pending.source || !pending.path) return undefined;
  const range = pending.source.rangeOf(pending.path);
  return `${range.file}:${range.start.line}:${range.start.column}`;
}

function amount(text: string | undefined): number | undefined {
  const quantity = parseQuantity(text);
  return quantity ? Number(quantity.mantissa) * 10 ** quantity.exponent : undefined;
}

/** `requested/allocatable (NN%)` for one resource of one node. */
function usageCell(node: NodeUsage, resource: string): string {
  const requested = node.requested[resource] ?? '0';
  const allocatable = node.allocatable[resource];
  if (allocatable === undefined) return `${requested}/-`;
  const [used, total] = [amount(requested), amount(allocatable)];
  const share = used !== undefined && total ? ` (${Math.round((used * 100) / total)}%)` : '';
  return `${requested}/${allocatable}${share}`;
}

/** cpu, memory and pods, then any other resource some node has requests for. */
function usageColumns(nodes: readonly NodeUsage[]): string[] {
  const extra = new Set<string>();
  for (const node of nodes) {
    for (const [name, value] of Object.entries(node.requested)) if (!['cpu', 'memory', 'pods'].includes(name) && amount(value)) extra.add(name);
  }
  return ['cpu', 'memory', 'pods', ...[...extra].sort()];
}

function padTable(rows: string[][]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => columnWidth(rows, i));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
}

/**
 * The scheduling section of a plan for a terminal: placements per workload, Pending Pods with
 * the scheduler's message and drydock's hint, and requests against allocatable per node.
 */
export function schedulingTextLines(result: SchedulingResult, palette: Palette): string[] {
  const out: string[] = [];
  if (result.placements.length > 0) out.push(palette.bold('Scheduling (plausible placement)'));
  for (const [owner, placements] of byWorkload(result.placements)) out.push(`  ${owner}: ${placementList(placements)}`);
  if (result.pending.length > 0) out.push(palette.bold(palette.red(`Pending (${result.pending.length})`)));
  for (const pending of result.pending) {
    out.push(`  ${ownerLabel(pending.owner)} ${pending.pod}: ${palette.red(pending.message)}`);
    const where = location(pending);
    out.push(`    ${palette.yellow('hint:')} ${pending.hint}${where ? palette.dim(`  (${where})`) : ''}`);
  }
  if (result.nodes.length > 0) {
    const columns = usageColumns(result.nodes);
    out.push(palette.bold('Node usage (requests / allocatable)'));
    const rows = [['NODE', ...columns.map((c) => c.toUpperCase())], ...result.nodes.map((node) => [node.name, ...columns.map((c) => usageCell(node, c))])];
    padTable(rows).forEach((line, i) => out.push(`  ${i === 0 ? palette.dim(line) : line}`));
  }
  return out;
}

/** The scheduling section of a plan as Markdown tables. */
export function schedulingMarkdownLines(result: SchedulingResult): string[] {
  const out: string[] = [];
  if (result.placements.length > 0) {
    out.push('### Scheduling (plausible placement)', '', '| Workload | Pods → nodes |', '|---|---|');
    for (const [owner, placements] of byWorkload(result.placements)) out.push(`| ${escapeMarkdown(owner)} | ${escapeMarkdown(placementList(placements))} |`);
    out.push('');
  }
  if (result.pending.length > 0) {
    out.push(`### Pending Pods (${result.pending.length})`, '', '| Pod | Workload | Scheduler message | Hint |', '|---|---|---|---|');
    for (const pending of result.pending) {
      const where = location(pending);
      const hint = `${escapeMarkdown(pending.hint)}${where ? ` (${codeSpan(where)})` : ''}`;
      out.push(`| ${codeSpan(pending.pod)} | ${escapeMarkdown(ownerLabel(pending.owner))} | ${escapeMarkdown(pending.message)} | ${hint} |`);
    }
    out.push('');
  }
  if (result.nodes.length > 0) {
    const columns = usageColumns(result.nodes);
    out.push('### Node usage (requests / allocatable)', '', `| Node | ${columns.map(escapeMarkdown).join(' | ')} |`, `|---|${columns.map(() => '---:').join('|')}|`);
    for (const node of result.nodes) out.push(`| ${codeSpan(node.name)} | ${columns.map((c) => escapeMarkdown(usageCell(node, c))).join(' | ')} |`);
    out.push('');
  }
  return out;
}
