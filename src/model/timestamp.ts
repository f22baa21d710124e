/**
 * Which values botocore's validator takes for a timestamp member: a `datetime`, a number of
 * epoch seconds (also as text, read by Python's `float()`), or text `dateutil.parser.parse`
 * understands. dateutil is a heuristic parser; this module accepts its common forms (ISO 8601
 * dates and times, RFC 822/1123 dates, `Jan 5 2024`, `5 January 2024`, `01/02/2024`,
 * `2024/01/02`, a bare time, a month or weekday name) and checks field ranges as it does.
 * Rarer forms dateutil also takes (`5pm`, `5th`, `Jan 2024 at 5pm`) are refused here.
 */
import { pythonFloat } from './python.js';

/** Seconds from the epoch to 0001-01-01 and to 10000-01-01: Python's `datetime` range. */
const MIN_EPOCH_SECONDS = -62135596800;
const MAX_EPOCH_SECONDS = 253402300800;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * Whether botocore's validator accepts `value` for a timestamp member.
 * @example isTimestampValue('2030-01-01T00:00:00Z') // true
 */
export function isTimestampValue(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  if (typeof value === 'number') return isEpochInRange(value);
  if (typeof value === 'bigint') return isEpochInRange(Number(value));
  if (typeof value === 'boolean') return true;
  if (typeof value !== 'string') return false;
  const epoch = pythonFloat(value);
  if (epoch.ok && !Number.isNaN(epoch.value)) return isEpochInRange(epoch.value);
  return isDateText(value.trim());
}

function isEpochInRange(seconds: number): boolean {
  return Number.isFinite(seconds) && seconds >= MIN_EPOCH_SECONDS && seconds < MAX_EPOCH_SECONDS;
}

const MERIDIEM = String.raw`(?:\s*([aApP])\.?[mM]?\.?)`;
const TIME = String.raw`(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,]\d+)?)?${MERIDIEM}?`;
/** A time after `T` in ISO form may also be compact: `T10`, `T1020`, `T102030`. */
const ISO_TIME = String.raw`(?:${TIME}|(\d{2})(\d{2})?(\d{2})?(?:[.,]\d+)?)`;
// dateutil takes Z, UTC, GMT, numeric offsets, and any name of up to five capitals as a zone.
const ZONE = String.raw`(?:\s*(?:[zZ]|[A-Z]{1,5}|(?:UTC|GMT)?[+-]\d{1,2}(?::?\d{2})?))?`;

type Fields = 'ymd' | 'mdy' | 'ym' | 'compact' | 'time' | 'hour';

/** The date forms accepted, each with the order of its year, month and day groups. */
const DATE_FORMS: ReadonlyArray<{ pattern: RegExp; fields: Fields }> = [
  // 2024-01-02, 2024/1/2, 2024.01.02, with an optional time (ISO `T` forms included) and zone
  { pattern: new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)${ISO_TIME}${ZONE})?$`), fields: 'ymd' },
  // 2024-01
  { pattern: /^(\d{4})-(\d{1,2})$/, fields: 'ym' },
  // 20240102T030405Z
  { pattern: new RegExp(String.raw`^(\d{4})(\d{2})(\d{2})T${ISO_TIME}${ZONE}$`), fields: 'compact' },
  // 01/02/2024, 1-2-24, 01.02.2024: month first, as dateutil reads it unless the month cannot be
  { pattern: new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{1,4})(?:\s+${TIME}${ZONE})?$`), fields: 'mdy' },
  // 12:30, 1:2:3, 10:00 PM PST
  { pattern: new RegExp(String.raw`^${TIME}${ZONE}$`), fields: 'time' },
  // 5pm
  { pattern: new RegExp(String.raw`^(\d{1,2})${MERIDIEM}$`, 'i'), fields: 'hour' },
];

function isDateText(text: string): boolean {
  if (text === '') return false;
  for (const { pattern, fields } of DATE_FORMS) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const n = (i: number): number | undefined => (match[i] === undefined ? undefined : Number(match[i]));
    switch (fields) {
      case 'time':
        return isTime(n(1), n(2), n(3));
      case 'hour':
        return isTime(n(1), undefined, undefined);
      case 'ym':
        return isDate(n(1) as number, n(2) as number, 1);
      case 'ymd':
        return isDate(n(1) as number, n(3) as number, n(4) as number) && isIsoTime(match, 5);
      case 'compact':
        return isDate(n(1) as number, n(2) as number, n(3) as number) && isIsoTime(match, 4);
      case 'mdy': {
        let [month, day] = [n(1) as number, n(3) as number];
        if (month > 12 && day <= 12) [month, day] = [day, month];
        const year = n(4) as number;
        const fullYear = (match[4] as string).length <= 2 ? 2000 + year : year;
        return isDate(fullYear, month, day) && isTime(n(5), n(6), n(7));
      }
    }
  }
  return isWordDate(text);
}

/** The time groups of an ISO form starting at group `first`: `H:M[:S] [am|pm]` or compact digits. */
function isIsoTime(match: RegExpExecArray, first: number): boolean {
  const n = (i: number): number | undefined => (match[i] === undefined ? undefined : Number(match[i]));
  if (match[first] !== undefined) return isTime(n(first), n(first + 1), n(first + 2));
  return isTime(n(first + 4), n(first + 5), n(first + 6));
}

/** Forms with a month or weekday name: `Mon, 01 Jan 2024 00:00:00 GMT`, `Jan 5, 2024`, `Monday`. */
function isWordDate(text: string): boolean {
  const tokens = text
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter((token) => token !== '');
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let time = false;
  let zone = false;
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (WEEKDAYS.includes(lower) || WEEKDAY_NAMES.includes(lower)) continue;
    const monthIndex = monthOf(lower);
    if (monthIndex !== undefined) {
      if (month !== undefined) return false;
      month = monthIndex;
      continue;
    }
    const clock = new RegExp(`^(?:${TIME}|(\\d{1,2})${MERIDIEM})$`, 'i').exec(token);
    if (clock !== null) {
      const hour = Number(clock[1] ?? clock[5]);
      const minute = clock[2] === undefined ? undefined : Number(clock[2]);
      const second = clock[3] === undefined ? undefined : Number(clock[3]);
      if (time || !isTime(hour, minute, second)) return false;
      time = true;
      continue;
    }
    if (time && /^(?:[ap]\.?m\.?)$/i.test(token)) continue;
    if (/^(?:Z|[A-Z]{1,5}|[+-]\d{2}:?\d{2})$/.test(token)) {
      if (zone || !time) return false;
      zone = true;
      continue;
    }
    if (/^\d{1,2}$/.test(token) && day === undefined && (month !== undefined || year === undefined)) {
      day = Number(token);
      continue;
    }
    if (/^\d{4}$/.test(token) && year === undefined) {
      year = Number(token);
      continue;
    }
    if (/^\d{2}$/.test(token) && year === undefined && day !== undefined) {
      year = 2000 + Number(token);
      continue;
    }
    return false;
  }
  if (month === undefined && day === undefined && year === undefined) {
    // Only a weekday (and maybe a time): dateutil picks a date near today.
    return tokens.length > 0;
  }
  if (month === undefined && day !== undefined) return false;
  if (day === undefined) return true;
  return isDate(year ?? 2000, (month as number) + 1, day);
}

function monthOf(word: string): number | undefined {
  const short = MONTHS.indexOf(word);
  if (short >= 0) return short;
  const long = MONTH_NAMES.indexOf(word);
  if (long >= 0) return long;
  if (word === 'sept') return 8;
  return undefined;
}

function isDate(year: number, month: number, day: number): boolean {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] as number);
}

/** dateutil's limits (it takes `13pm` as 13:00, so am/pm changes nothing here). */
function isTime(hour: number | undefined, minute: number | undefined, second: number | undefined): boolean {
  if (hour === undefined) return true;
  return hour <= 23 && (minute ?? 0) <= 59 && (second ?? 0) <= 59;
}
