// Number formatting shared by the Overview: shares and signed changes, always through the locale's
// number format (formatNumber).

type FormatNumber = (value: number) => string;

/** A share 0…1 as a whole percentage ("62%"); "<1%" for small non-zero shares. */
export function formatShare(share: number, formatNumber: FormatNumber): string {
  if (share > 0 && share < 0.005) return `<${formatNumber(1)}%`;
  return `${formatNumber(Math.round(share * 100))}%`;
}

/** A signed whole number: "+1,234", "−56" (minus sign), "0". */
export function formatSigned(value: number, formatNumber: FormatNumber): string {
  const rounded = Math.round(value);
  if (rounded === 0) return formatNumber(0);
  return `${rounded > 0 ? '+' : '−'}${formatNumber(Math.abs(rounded))}`;
}
