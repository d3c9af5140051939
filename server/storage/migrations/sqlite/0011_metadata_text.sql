-- Nothing to do on SQLite: its CAST(value AS TEXT) already reads any bytes as text.
-- The version exists so that both backends number their migrations alike
-- (migrations/postgres/0011_metadata_text.sql adds the PostgreSQL function).
SELECT 1;
