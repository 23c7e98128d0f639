// Payments: how a phone order is paid (test card or pay-by-link), the buyer's payment page, declines.
export const payments = {
  title: "Payment",
} as const;
