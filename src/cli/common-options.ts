import { Option } from 'commander';
import { DrydockError } from '../index.js';
import { loadRestrictors, type LoadRestrictor } from '../run/index.js';
import type { CliIo } from './io.js';

/** The flags of every command that reads manifests (validate, lint, plan): what to read and how. */
export interface InputFlags {
  kubernetesVersion?: string;
  config?: string;
  root?: string;
  schemas?: string[];
  loadRestrictor?: LoadRestrictor;
}

/** The flags of every command that writes a report or a plan. */
export interface OutputFlags {
  format?: string;
  output?: string;
  color?: boolean;
}

/** `-k`, `-c`, `--root` and `--schemas`, in the order help lists them. */
export function inputOptions(): Option[] {
  return [
    new Option('-k, --kubernetes-version <version>', 'target Kubernetes version, 1.28 to 1.36 (default: 1.36)'),
    new Option('-c, --config <file>', 'use this config file instead of the nearest .drydock.yaml'),
    new Option('--root <dir>', 'the folder reads must stay in (default: the git top-level, else the working directory)'),
    new Option('--schemas <dir...>', 'extra folders of JSON schemas for custom resources'),
    new Option('--load-restrictor <name>', "which files a kustomization may read, as kustomize's flag (default: the config's, else LoadRestrictionsRootOnly)").choices(loadRestrictors),
  ];
}

/** The library options the input flags stand for, with the paths and the CLI's world. */
export function inputsOfFlags(paths: string[], flags: InputFlags, io: CliIo) {
  return {
    paths,
    cwd: io.cwd,
    root: flags.root,
    kubernetesVersion: flags.kubernetesVersion,
    configFile: flags.config,
    schemaDirs: flags.schemas,
    kustomizeLoadRestrictor: flags.loadRestrictor,
    readStdin: io.readStdin,
  };
}

/** `-n, --namespace`, for the commands that place objects naming no namespace (lint, plan). */
export function namespaceOption(): Option {
  return new Option('-n, --namespace <name>', 'namespace of objects that name none (default: the config\'s, else default)');
}

/** `-f, --format` listing `formats`. */
export function formatOption(formats: readonly string[]): Option {
  return new Option('-f, --format <name>', `output format: ${formats.join(', ')}`);
}

/** `-o, --output`; `what` is what is written (the report, the plan). */
export function outputOption(what: string): Option {
  return new Option('-o, --output <file>', `write ${what} to a file instead of stdout`);
}

/** `--no-color`. */
export function colorOption(): Option {
  return new Option('--no-color', 'never colour the output');
}

/**
 * The format to write: the flag, else `fallback`; an unknown name is a usage error worded by
 * `unknown`.
 */
export function chooseFormat<Format extends string>(flag: string | undefined, fallback: Format, isFormat: (name: string) => name is Format, unknown: (name: string) => string): Format {
  const name = flag ?? fallback;
  if (!isFormat(name)) throw new DrydockError('unknown-format', unknown(name));
  return name;
}

/** Colour only on a terminal, unless `--no-color`, `NO_COLOR` or `FORCE_COLOR` say otherwise. */
export function wantsColor(flags: OutputFlags, io: CliIo): boolean {
  if (flags.color === false || io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isStdoutTty && !flags.output;
}
