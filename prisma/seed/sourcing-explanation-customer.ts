// The customer of the sourcing explanation journey: the e2e suite finds the order by this e-mail.
export const EXPLANATION_JOURNEY_CUSTOMER = { name: "Camille Roux", email: "camille.roux.sourcing@example.test", phone: "+33 6 12 34 50 67" };
