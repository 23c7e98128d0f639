-- Order, fulfilment-order and return numbers come from sequences, so parallel captures never
-- collide. New orders start above the demo world's OMS-1xxxxx range.
CREATE SEQUENCE IF NOT EXISTS "order_number_seq" START WITH 1000001;
CREATE SEQUENCE IF NOT EXISTS "return_number_seq" START WITH 500001;
