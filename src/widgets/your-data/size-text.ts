import { numberFormat } from '../../lib/i18n/intl-cache';
import type { Locale } from '../../lib/i18n/locale';

/**
 * A storage size in kilobytes, megabytes or gigabytes, written as `Intl.NumberFormat(locale,
 * { style: 'unit', unit, maximumFractionDigits: 1 })` writes it in the site's two languages
 * ("12.3 kB", "1,5 GB"), but without Intl: the first number format a page builds makes Chromium
 * load its number data, 35–130 ms measured on this page (four times that on Lighthouse's slowed
 * phone), all of it in the task that shows the page's storage panel. A unit test checks this
 * against Intl for many sizes in both languages.
 */
export function sizeText(bytes: number, locale: Locale): string {
  const [unit, scale] =
    bytes >= 1e9 ? ['GB', 1e9] : bytes >= 1e6 ? ['MB', 1e6] : (['kB', 1e3] as const);
  const tenths = roundedTenths(bytes / scale);
  // A whole number is grouped without Intl too (intl-cache.ts), the same way as every count.
  const grouped = numberFormat(locale).format(Number(tenths / 10n));
  const fraction = tenths % 10n;
  return `${fraction === 0n ? grouped : `${grouped}${DECIMAL_MARK[locale]}${String(fraction)}`} ${unit}`;
}

/**
 * The value in tenths, rounded as Intl rounds: the number's shortest decimal form (5.85 for the
 * double nearest 5.85, a hair below it) rounded half away from zero, so 5.85 gives 5.9.
 */
function roundedTenths(value: number): bigint {
  // Below a millionth String() switches to exponents; such a value is 0 in tenths anyway.
  if (!(value >= 1e-6)) return 0n;
  // From 1e21 on, String() writes exponents too; such a value is a whole number already.
  if (value >= 1e21) return BigInt(value) * 10n;
  const [whole = '0', fraction = ''] = String(value).split('.');
  const up = (fraction[1] ?? '0') >= '5' ? 1n : 0n;
  return BigInt(whole + (fraction[0] ?? '0')) + up;
}

/** How each language writes the half in 1.5. */
const DECIMAL_MARK: Record<Locale, string> = { en: '.', vi: ',' };
