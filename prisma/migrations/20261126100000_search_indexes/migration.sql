-- Indexes for the call centre's customer search (lib/customers/queries/customer-search-where.ts),
-- measured with `npm run bench:search` (docs/search-performance.md). Expression indexes, which
-- schema.prisma cannot describe (see the note on model Customer): the queries must use exactly
-- these expressions. Plain PostgreSQL, no extension, so PGlite builds them too.

-- E-mail in any case: lower(email) = lower($1), and its start: lower(email) LIKE 'abc%'
-- (text_pattern_ops serves LIKE prefixes whatever the database's collation).
CREATE INDEX "Customer_email_lower_idx" ON "Customer" (lower("email") text_pattern_ops);

-- Names by word prefix ("marie dup" finds Marie Dupont, "smet" finds De Smet): core full-text
-- search with the 'simple' configuration (lower-cased words, no stemming, no stop words).
CREATE INDEX "Customer_name_search_idx" ON "Customer" USING GIN (to_tsvector('simple'::regconfig, "firstName" || ' ' || "lastName"));

-- Phones as typed ("+33 6 12 34 56 78", "06 12 34 56 78"), compared on their last 9 digits.
CREATE INDEX "Customer_phone_digits_idx" ON "Customer" (right(regexp_replace("phone", '[^0-9]', '', 'g'), 9));
