import type { Schedule } from '../module.ts';

/** The wall-clock fields of an instant in a time zone. */
function zoned(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    y: n('year'),
    m: n('month'),
    d: n('day'),
    h: n('hour'),
    min: n('minute'),
    s: n('second'),
  };
}

/** How far the zone's wall clock is ahead of UTC at this instant. */
function offsetMs(at: Date, timeZone: string) {
  const z = zoned(at, timeZone);
  const wall = Date.UTC(z.y, z.m - 1, z.d, z.h, z.min, z.s);
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant a wall-clock time names in a zone (the offset checked again across DST). */
export function fromZoned(y: number, m: number, d: number, h: number, min: number, tz: string) {
  const wall = Date.UTC(y, m - 1, d, h, min);
  const first = wall - offsetMs(new Date(wall), tz);
  return new Date(wall - offsetMs(new Date(first), tz));
}

/**
 * The slot a schedule is in at `now`: the latest start at or before it. Daily slots are at
 * `dailyAt` on the zone's wall clock (so 07:00 stays 07:00 across summer time).
 */
export function slotOf(schedule: Schedule, now: Date, timeZone = 'UTC'): Date {
  if (schedule.everyMinutes) {
    const step = schedule.everyMinutes * 60_000;
    return new Date(Math.floor(now.getTime() / step) * step);
  }
  const [h, min] = schedule.dailyAt!.split(':').map(Number) as [number, number];
  const today = zoned(now, timeZone);
  const slot = fromZoned(today.y, today.m, today.d, h, min, timeZone);
  return slot <= now ? slot : fromZoned(today.y, today.m, today.d - 1, h, min, timeZone);
}
