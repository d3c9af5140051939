-- User search compares metadata values (bytes) as text. SQLite's CAST(value AS TEXT)
-- never fails; PostgreSQL's convert_from fails on bytes that are not UTF-8 (or hold
-- NUL), which would fail the whole search over one binary value. This reads such a
-- value as NULL instead, which the search treats as the empty text.
CREATE FUNCTION utf8_text_or_null(value BYTEA) RETURNS TEXT
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
    RETURN convert_from(value, 'UTF8');
EXCEPTION WHEN character_not_in_repertoire OR untranslatable_character THEN
    RETURN NULL;
END $$;
