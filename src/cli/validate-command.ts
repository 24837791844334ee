import type { Command } from 'commander';
import { validate } from '../index.js';
import { checkCommand, type CheckFlags } from './check-command.js';
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
        paths,
        cwd: io.cwd,
        kubernetesVersion: flags.kubernetesVersion,
        configFile: flags.config,
        schemaDirs: flags.schemas,
        readStdin: io.readStdin,
        jobs: common.jobs,
        keepResources: false,
      }),
  );
}
