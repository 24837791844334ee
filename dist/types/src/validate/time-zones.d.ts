/** Why the API server rejects `zone` as a CronJob timeZone, or undefined when it is a known IANA zone. */
export declare function timeZoneError(zone: string): string | undefined;
