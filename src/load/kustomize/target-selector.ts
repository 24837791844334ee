import { compileGoRegexp, type PatternMatcher } from '../../resources/go-regexp/index.js';
import { estimatedProgramSize, splitApiVersion } from '../../resources/index.js';
import type { BuiltObject } from './built-object.js';
import { stringAt, type Tracked } from './tracked.js';

/** A patch's `target`: each field a Go regular expression matched whole, the selectors as label selectors. */
export interface TargetSelector {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  labelSelector?: string;
  annotationSelector?: string;
}

const patternFields = ['group', 'version', 'kind', 'name', 'namespace'] as const;
// a target pattern is a name, not a program: anything bigger is refused rather than compiled
const maxPatternSize = 2_000;

/** Whether a built object is selected by a target (its current or any earlier name matches, as kustomize allows). */
export type TargetMatcher = (object: BuiltObject) => boolean;

/**
 * The matcher of `target`, its patterns compiled and its selectors parsed once for every object
 * it is asked about; or why the target cannot be used (an invalid pattern or selector).
 */
export function targetMatcher(target: TargetSelector): { matches: TargetMatcher } | { problem: string } {
  const patterns: [(typeof patternFields)[number], PatternMatcher][] = [];
  for (const field of patternFields) {
    const pattern = target[field];
    if (pattern === undefined) continue;
    if (estimatedProgramSize(pattern) > maxPatternSize) return { problem: `target.${field} is too large a pattern` };
    const compiled = compileGoRegexp(anchored(pattern));
    if (compiled.error !== undefined) return { problem: `target.${field} is not a valid regular expression (${compiled.error})` };
    if (pattern !== '') patterns.push([field, compiled.matcher]);
  }
  const selectors: ['labels' | 'annotations', Requirement[]][] = [];
  for (const [field, metadataField] of [['labelSelector', 'labels'], ['annotationSelector', 'annotations']] as const) {
    const selector = target[field];
    if (selector === undefined) continue;
    const requirements = parseSelector(selector);
    if (requirements === undefined) return { problem: `target.${field} is not a valid label selector` };
    selectors.push([metadataField, requirements]);
  }
  return {
    matches: (object) => {
      const { group, version } = splitApiVersion(stringAt(object.tree, ['apiVersion']) ?? '');
      const fields: Record<(typeof patternFields)[number], string[]> = {
        group: [group],
        version: [version],
        kind: [stringAt(object.tree, ['kind']) ?? ''],
        name: [stringAt(object.tree, ['metadata', 'name']) ?? '', ...object.previousNames],
        namespace: [stringAt(object.tree, ['metadata', 'namespace']) ?? ''],
      };
      if (!patterns.every(([field, matcher]) => fields[field].some((value) => matcher.test(value)))) return false;
      return selectors.every(([field, requirements]) => matchesRequirements(requirements, stringMap(object.tree, field)));
    },
  };
}

function anchored(pattern: string): string {
  return `^(?:${pattern})$`;
}

function stringMap(tree: Tracked, field: string): Map<string, string> {
  const out = new Map<string, string>();
  const node = tree.kind === 'map' ? tree.entries.get('metadata') : undefined;
  const map = node?.kind === 'map' ? node.entries.get(field) : undefined;
  if (map?.kind !== 'map') return out;
  for (const [key, value] of map.entries) if (value.kind === 'scalar') out.set(key, String(value.value));
  return out;
}

type Requirement = { key: string; op: 'exists' | 'absent' | 'in' | 'notin'; values: string[] };

/** Parses a label selector string (`a=b,c!=d,e in (x,y),!f,g`); undefined when it is not one. */
function parseSelector(text: string): Requirement[] | undefined {
  const out: Requirement[] = [];
  // split on commas outside parentheses
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    const setMatch = /^(\S+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(part);
    if (setMatch) {
      // every group of these patterns takes part in a match
      out.push({ key: setMatch[1]!, op: setMatch[2] as 'in' | 'notin', values: setMatch[3]!.split(',').map((value) => value.trim()) });
      continue;
    }
    const equality = /^([^=!\s]+)\s*(==|=|!=)\s*([^=!\s]*)$/.exec(part);
    if (equality) {
      out.push({ key: equality[1]!, op: equality[2] === '!=' ? 'notin' : 'in', values: [equality[3]!] });
      continue;
    }
    if (/^![^=!\s()]+$/.test(part)) out.push({ key: part.slice(1), op: 'absent', values: [] });
    else if (/^[^=!\s()]+$/.test(part)) out.push({ key: part, op: 'exists', values: [] });
    else return undefined;
  }
  return out;
}

function matchesRequirements(requirements: readonly Requirement[], labels: Map<string, string>): boolean {
  return requirements.every(({ key, op, values }) => {
    const value = labels.get(key);
    if (op === 'exists') return value !== undefined;
    if (op === 'absent') return value === undefined;
    if (op === 'in') return value !== undefined && values.includes(value);
    return value === undefined || !values.includes(value);
  });
}
