/**
 * Wall-clock day and minute in a time zone, for time-window conditions.
 * UTC is plain arithmetic; other zones ask Intl once per zone per minute
 * (formatToParts costs microseconds; every request in the same minute
 * reuses the answer). Every zone in use has whole-minute offsets, so a
 * minute of UTC is a minute of local time.
 */

/** Day 0 is Monday, as in the config's `days: [mon, …, sun]`. */
export interface LocalTime {
  day: number;
  minute: number;
}

export const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
const DAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
const MINUTE = 60_000;
const DAY = 86_400_000;

export class ZoneClock {
  private readonly format: Intl.DateTimeFormat | undefined;
  private bucket = Number.NaN;
  private last: LocalTime = { day: 0, minute: 0 };

  constructor(readonly timeZone: string) {
    this.format =
      timeZone === "UTC" || timeZone === "Etc/UTC"
        ? undefined
        : new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  }

  at(ms: number): LocalTime {
    const bucket = Math.floor(ms / MINUTE);
    if (bucket === this.bucket) return this.last;
    this.bucket = bucket;
    if (!this.format) {
      // 1970-01-01 was a Thursday (day 3 counting from Monday).
      const days = Math.floor(ms / DAY);
      this.last = { day: (((days + 3) % 7) + 7) % 7, minute: Math.floor((ms - days * DAY) / MINUTE) };
      return this.last;
    }
    let day = 0;
    let hour = 0;
    let minute = 0;
    for (const part of this.format.formatToParts(ms)) {
      if (part.type === "weekday") day = DAY_INDEX[part.value] ?? 0;
      else if (part.type === "hour") hour = Number(part.value);
      else if (part.type === "minute") minute = Number(part.value);
    }
    this.last = { day, minute: hour * 60 + minute };
    return this.last;
  }
}

export const formatMinute = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
