-- Per-address request counts of @fastify/rate-limit, shared by every app server on this database: one row per
-- key (route + address) and fixed window, counted by one UPSERT. Old windows are deleted as new ones start.
CREATE TABLE rate_limit_hits (
  key text NOT NULL,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (key, window_start)
);
CREATE INDEX rate_limit_hits_window ON rate_limit_hits (window_start);
