/** The outside world of one Action run, passed in so that the run can be tested in-process. */
export interface ActionIo {
  env: Record<string, string | undefined>;
  cwd: string;
  stdout(text: string): void;
}

/** The real process's io. */
export function processActionIo(): ActionIo {
  return {
    env: process.env,
    cwd: process.cwd(),
    stdout: (text) => {
      process.stdout.write(text);
    },
  };
}
