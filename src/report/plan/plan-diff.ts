import { createTwoFilesPatch } from 'diff';
import { stringify } from 'yaml';
import type { Change } from '../../plan/index.js';
import type { PlanFormatter } from './plan-report.js';
import { inertToWorkflowCommands } from '../workflow-command-escape.js';

/** `kubectl diff`'s name for an object's file: `<group.>version.Kind.namespace.name`. */
export function diffFileName(change: Pick<Change, 'apiVersion' | 'kind' | 'namespace' | 'name'>): string {
  const [group, version] = change.apiVersion.includes('/') ? change.apiVersion.split('/') : ['', change.apiVersion];
  return [group, version, change.kind, change.namespace ?? '', change.name].filter((part, i) => i !== 0 || part !== '').join('.');
}

function toYaml(object: Record<string, unknown> | undefined): string {
  // Go's YAML encoder, which kubectl uses, sorts map keys
  return object === undefined ? '' : stringify(object, { sortMapEntries: true, lineWidth: 0, indentSeq: false });
}

/**
 * The plan as `kubectl diff` prints it: a unified diff per changed object between the current
 * state (LIVE) and what the apply leaves (MERGED), server-written fields hidden and Secret values
 * masked (`***`, `*** (before)`, `*** (after)`). Empty when nothing changes. A line the runner
 * would read as a workflow command is made inert (`\x3a`), so such a diff no longer applies as a patch.
 */
export const planDiff: PlanFormatter = (report) => {
  const out: string[] = [];
  for (const change of report.plan?.changes ?? []) {
    if (change.action === 'unchanged') continue;
    const name = diffFileName(change);
    const patch = createTwoFilesPatch(`LIVE/${name}`, `MERGED/${name}`, toYaml(change.before), toYaml(change.after), undefined, undefined, { context: 3 });
    // drop the `Index:`/`===` lines jsdiff writes; keep diff -u's header and hunks
    const body = patch.split('\n').filter((line) => !line.startsWith('Index: ') && !/^=+$/.test(line)).join('\n');
    out.push(`diff -u -N LIVE/${name} MERGED/${name}\n${body.endsWith('\n') ? body : `${body}\n`}`);
  }
  // a context line of a block scalar can read `  ::error::…`, which a GitHub runner would obey
  return inertToWorkflowCommands(out.join(''));
};
