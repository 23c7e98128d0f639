// The built-in sandbox provider (the default): test cards answer like a payment sandbox's, without
// any network. 4242 4242 4242 4242 approves; 4000 0000 0000 0002 is declined (card_declined);
// 4000 0000 0000 9995 is declined (insufficient_funds); 4000 0000 0000 0119 fails
// (processing_error); any other Luhn-valid number approves; any other number is refused as
// incorrect_number. Captures, voids and refunds approve unless the amount is invalid. The same
// idempotency key always gets the same answer.
import { cardDigits, luhnValid } from "./card";
import { stableReference, type MoneyMove, type PaymentOutcome, type PaymentProvider } from "./provider";

const CARD_ANSWERS: Record<string, PaymentOutcome> = {
  "4000000000000002": { status: "DECLINED", code: "card_declined", message: "The card was declined." },
  "4000000000009995": { status: "DECLINED", code: "insufficient_funds", message: "The card has insufficient funds." },
  "4000000000000119": { status: "FAILED", code: "processing_error", message: "An error occurred while processing the card. Try again later." },
};

function invalidAmount(move: MoneyMove): PaymentOutcome | null {
  if (!Number.isInteger(move.amountMinor) || move.amountMinor <= 0) return { status: "DECLINED", code: "invalid_amount", message: "The amount must be a positive whole number of minor units." };
  if (!/^[A-Z]{3}$/.test(move.currency)) return { status: "DECLINED", code: "invalid_currency", message: "The currency must be a three-letter ISO code." };
  return null;
}

export function createTestProvider(): PaymentProvider {
  // Answers already given, by key: a retry gets the first answer even if its details differ.
  const answers = new Map<string, PaymentOutcome>();
  const once = (kind: string, key: string, answer: () => PaymentOutcome): Promise<PaymentOutcome> => {
    const k = `${kind}:${key}`;
    let outcome = answers.get(k);
    if (!outcome) {
      outcome = answer();
      if (answers.size >= 10_000) answers.delete(answers.keys().next().value!);
      answers.set(k, outcome);
    }
    return Promise.resolve(outcome);
  };
  const move = (kind: string, prefix: string) => (input: MoneyMove & { authorisation: string }) =>
    once(kind, input.idempotencyKey, () => invalidAmount(input) ?? { status: "APPROVED", reference: stableReference(prefix, input.idempotencyKey) });

  return {
    name: "test",
    authorise: (input) =>
      once("authorise", input.idempotencyKey, () => {
        const bad = invalidAmount(input);
        if (bad) return bad;
        // No card: an authorisation on the payment method already on file (a top-up).
        if (input.card !== undefined) {
          const digits = cardDigits(input.card);
          if (!luhnValid(digits)) return { status: "DECLINED", code: "incorrect_number", message: "The card number is not a valid card number." };
          const answer = CARD_ANSWERS[digits];
          if (answer) return answer;
        }
        return { status: "APPROVED", reference: stableReference("AUTH", input.idempotencyKey) };
      }),
    capture: move("capture", "CAPT"),
    void: move("void", "VOID"),
    refund: move("refund", "REFU"),
  };
}

export const testProvider = createTestProvider();
