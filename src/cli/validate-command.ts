import { Option, type Command } from 'commander';
import { validate } from '../index.js';
import { checkCommand, type CheckFlags } from './check-command.js';
import { inputsOfFlags } from './common-options.js';
import type { CliIo } from './io.js';

/** `drydock validate [paths...]`: only what the API server would reject. */
export function validateCommand(io: CliIo, setExit: (code: number) => void): Command {
  return checkCommand<CheckFlags>(
    'validate',
    'report what the API server would reject: YAML, schema and API validation errors',
    io,
    setExit,
    (paths, flags, common) =>
      validate({
        ...inputsOfFlags(paths, flags, io),
        ...common,
        keepResources: false,
      }),
    [
      // lint runs on one thread (its cross-resource rules need every object in one place), so only validate takes -j
      new Option('-j, --jobs <n>', 'threads for large inputs (default: the number of cores, at most 4)'),
      new Option('--cache', 'reuse the results of unchanged files from the last run (stored in ~/.cache/drydock, signed)'),
      new Option('--cache-location <file>', 'the cache file (implies --cache; default: one per folder in $XDG_CACHE_HOME/drydock or ~/.cache/drydock)'),
    ],
  );
}
