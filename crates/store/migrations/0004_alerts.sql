-- Alerts the monitor delivered, so each incident is told once, across restarts. `key` names
-- the incident (an order's failure, an outage's start or end, a silence).
CREATE TABLE alerts_sent (
    key           TEXT PRIMARY KEY,
    sent_at       TEXT NOT NULL,
    title         TEXT NOT NULL,
    channels      TEXT NOT NULL             -- the channels that took it, comma-separated
);
