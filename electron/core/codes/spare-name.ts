const ONES = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve',
  'Thirteen', 'Fourteen', 'Fifteen', 'Sixteen', 'Seventeen', 'Eighteen', 'Nineteen'];
const TENS = ['', '', 'Twenty', 'Thirty', 'Forty', 'Fifty', 'Sixty', 'Seventy', 'Eighty', 'Ninety'];

function below1000(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(`${ONES[hundreds]} Hundred`);
  if (rest > 0 && rest < 20) parts.push(ONES[rest] ?? '');
  else if (rest >= 20) parts.push([TENS[Math.floor(rest / 10)], ONES[rest % 10]].filter(Boolean).join('-'));
  return parts.join(' ');
}

/**
 * The placeholder last name of the n-th spare subject (1-based): `Spare One`, `Spare Two`, …
 * Words rather than digits so a printed card reads like a name until it is promoted.
 */
export function spareLastName(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999_999) return String(n);
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  return [thousands > 0 ? `${below1000(thousands)} Thousand` : '', rest > 0 ? below1000(rest) : '']
    .filter(Boolean)
    .join(' ');
}
