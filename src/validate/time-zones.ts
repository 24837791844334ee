// validateTimeZone: each '/'-separated part matches upstream's validTimeZoneCharacters, then Go's
// time.LoadLocation must know the zone. ICU (Intl) knows the same IANA database, aliases included.
const partPattern = /^[A-Za-z.\-_0-9+]{1,14}$/;

// Names Go's tzdata has that ICU may not accept in every Node build.
const extraZones = new Set(['UTC', 'GMT', 'Etc/UTC', 'Etc/GMT', 'Etc/UCT', 'UCT', 'Zulu', 'Etc/Zulu', 'Universal', 'Etc/Universal', 'Greenwich', 'Etc/Greenwich', 'GMT0', 'GMT+0', 'GMT-0', 'Etc/GMT0', 'Etc/GMT+0', 'Etc/GMT-0']);
for (let hour = 1; hour <= 14; hour++) {
  extraZones.add(`Etc/GMT-${hour}`);
  if (hour <= 12) extraZones.add(`Etc/GMT+${hour}`);
}

function isKnownZone(zone: string): boolean {
  if (extraZones.has(zone)) return true;
  // bare offsets like "+05:00" are accepted by Intl but are not tzdata names
  if (!/^[A-Za-z]/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Why the API server rejects `zone` as a CronJob timeZone, or undefined when it is a known IANA zone. */
export function timeZoneError(zone: string): string | undefined {
  if (zone === '') return 'must be a time zone name, or not set';
  for (const part of zone.split('/')) {
    if (part === '.' || part === '..' || part.startsWith('-') || !partPattern.test(part)) return `unknown time zone ${zone}`;
  }
  if (zone.toLowerCase() === 'local') return 'must be an explicit time zone as defined in https://www.iana.org/time-zones';
  return isKnownZone(zone) ? undefined : `unknown time zone ${zone}`;
}
