import type { Rollout } from '../../plan/index.js';
import type { Palette } from '../colors.js';
/**
 * A rollout as numbered steps for the terminal, each with its Pod counts, then the stall, the
 * downtime window, notes and findings.
 */
export declare function rolloutTextLines(rollout: Rollout, palette: Palette): string[];
/** A rollout as a Markdown table of steps (for the plan's job summary). */
export declare function rolloutMarkdownLines(rollout: Rollout): string[];
/** A rollout as plain JSON for the plan JSON's `rollouts` key (no objects, positioned findings). */
export declare function rolloutJsonValue(rollout: Rollout): Record<string, unknown>;
