/** The reason robfig/cron's standard parser rejects `spec`, or undefined when it parses. */
export declare function cronScheduleError(spec: string): string | undefined;
