// Money, dates and times in the page's language.
import { language } from './i18n.js';

const locale = () => (language() === 'ko' ? 'ko-KR' : 'en-GB');

/** An amount in its currency: ₩360,000. */
export function money(amount, currency) {
  const value = Number(amount);
  try {
    return new Intl.NumberFormat(locale(), { style: 'currency', currency, maximumFractionDigits: 2 }).format(value);
  } catch (unknownCurrency) {
    return `${value} ${currency}`;
  }
}

/** A calendar date (YYYY-MM-DD, the hotel's nights) as the guest reads it; never shifted by a time zone. */
export function day(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric',
    timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant in the guest's own time zone. */
export function moment(isoInstant) {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(isoInstant));
}

/** Nights between two calendar dates. */
export function nightsBetween(checkIn, checkOut) {
  return Math.round((Date.parse(`${checkOut}T00:00:00Z`) - Date.parse(`${checkIn}T00:00:00Z`)) / 86_400_000);
}

/** The guest's calendar date n days from today, as YYYY-MM-DD. */
export function todayPlus(n) {
  const date = new Date();
  date.setDate(date.getDate() + n);
  const pad = (v) => String(v).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
