/** The outside world of one CLI run, passed in so the whole CLI can be tested in-process. */
export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads standard input, stopping after `maxBytes` plus one byte so that a flood is never buffered whole. */
  readStdin(maxBytes: number): Promise<Uint8Array | string>;
  /** Whether stdout is a terminal (colour and stylish output by default). */
  isStdoutTty: boolean;
  /** Whether stderr is a terminal (a run's summary goes there when the report does not show it). */
  isStderrTty?: boolean;
}
