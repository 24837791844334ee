import path from 'node:path';
import { defaultConfig, DrydockError, type DrydockConfig } from '../index.js';
import { configNames, isGitRef, parseConfig, readGitFile } from '../run/index.js';
import type { ActionIo } from './action-io.js';
import type { ActionInputs } from './inputs.js';
import { pullRequestBase } from './pull-request-base.js';
import { workflowCommand } from './workflow-commands.js';

/** The config to check with: a file for the library to find and read, or one already read. */
export type ConfigChoice = { configFile?: string; config?: undefined } | { configFile?: undefined; config: DrydockConfig };

/**
 * Chooses the config a run is judged by. On a pull request whose base is known, a config in the
 * checkout (the `config` input, or `.drydock.yaml` in the workspace) is read as it is at the
 * base commit, so that the pull request cannot change the rules it is judged by; when the base
 * has none, the defaults apply. A `config` outside the workspace is not the pull request's to
 * change and is read as it is. Fails (`git-ref-missing`) when the checkout lacks the base commit:
 * judging by other rules than the base's, silently, would be worse than a step to fix.
 */
export async function chooseConfig(inputs: ActionInputs, cwd: string, io: ActionIo): Promise<ConfigChoice> {
  const base = pullRequestBase(io.env);
  if (base === undefined) return { configFile: inputs.config };
  const given = inputs.config === undefined ? undefined : path.relative(cwd, path.resolve(cwd, inputs.config));
  if (given !== undefined && (given === '' || given.startsWith('..') || path.isAbsolute(given))) return { configFile: inputs.config };
  if (!(await isGitRef(base, cwd))) {
    throw new DrydockError(
      'git-ref-missing',
      `this pull request's base commit ${base} is not in the checkout (or the workspace is not a git checkout), so the config it is judged by cannot be read from it: ` +
        `use actions/checkout with fetch-depth: 0, or fetch the base first (git fetch --depth=1 origin ${base})`,
    );
  }
  const label = /^[0-9a-f]{40,}$/.test(base) ? base.slice(0, 12) : base;
  for (const file of given === undefined ? configNames : [given]) {
    const found = await readGitFile(base, file, cwd);
    if (found.kind === 'absent') continue;
    io.stdout(`drydock: using ${file} as it is at the pull request's base (${label}); changes to it take effect once merged.\n`);
    return { config: parseConfig(found.text, { file, cwd, source: `${label}:${file}` }) };
  }
  const wanted = given ?? configNames[0];
  io.stdout(workflowCommand('notice title=drydock', `the pull request's base (${label}) has no ${wanted}: checking with the default settings`));
  return { config: defaultConfig(cwd) };
}
