-- officer_status is a cache of the engine: a new headline ("Starts untrained", docs/decisions/0011)
-- and the action ranks after it moved. Mark every row stale (valid from its own day only), so the
-- first read recomputes it (refreshStale) — no row is dropped, nothing else changes.
UPDATE "officer_status" SET "valid_until" = "as_of";
