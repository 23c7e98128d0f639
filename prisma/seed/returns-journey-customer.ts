// The buyer of the seed's order to take back (prisma/seed/returns-journeys.ts); nobody else in the
// demo world has this e-mail. Kept apart from the seed so the e2e suite reads it without the app.
export const RETURNS_JOURNEY_CUSTOMER = { name: "Hugo Lefèvre", email: "hugo.lefevre.returns@example.test", phone: "+33 6 45 67 89 01" };
