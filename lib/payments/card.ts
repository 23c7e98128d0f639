// Card numbers as the payment form and the test provider read them: digits only, Luhn-checked.
// Pure: the browser loads it through lib/payments/client.ts.

/** The digits of a card number as typed (spaces and dashes allowed). */
export function cardDigits(input: string): string {
  return input.replace(/[\s-]/g, "");
}

/** The Luhn checksum every real card number satisfies. */
export function luhnValid(input: string): boolean {
  const digits = cardDigits(input);
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The last four digits, the only part of a card number the OMS keeps. */
export function cardLast4(input: string): string {
  return cardDigits(input).slice(-4);
}

/** Test cards of the built-in provider and what each answers. */
export const TEST_CARDS = [
  { number: "4242 4242 4242 4242", outcome: "approved" },
  { number: "4000 0000 0000 0002", outcome: "card_declined" },
  { number: "4000 0000 0000 9995", outcome: "insufficient_funds" },
  { number: "4000 0000 0000 0119", outcome: "processing_error" },
] as const;

/** MM/YY not in the past (the card is valid through the end of its month). */
export function expiryValid(input: string, now: Date = new Date()): boolean {
  const m = /^(\d{2})\s*\/\s*(\d{2})$/.exec(input.trim());
  if (!m) return false;
  const month = Number(m[1]);
  const year = 2000 + Number(m[2]);
  if (month < 1 || month > 12) return false;
  return year > now.getUTCFullYear() || (year === now.getUTCFullYear() && month >= now.getUTCMonth() + 1);
}
