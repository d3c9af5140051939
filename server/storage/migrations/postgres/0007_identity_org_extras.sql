-- Organization metadata and domains (org v2 of ZITADEL 4.7+), as in
-- migrations/sqlite/0007_identity_org_extras.sql.
--
-- Every domain of an organization lives in org_domains, the primary one too, so one
-- unique key keeps a domain with a single organization. The primary domain row
-- follows orgs.primary_domain through the triggers below; a clash there aborts the
-- org insert or update with the same unique violation as a duplicate name.

CREATE TABLE org_metadata (
    org_id      TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    value       BYTEA NOT NULL,
    created_at  BIGINT NOT NULL,
    changed_at  BIGINT NOT NULL,
    PRIMARY KEY (org_id, key)
);

-- validation_type: unspecified | http | dns (how the domain was verified).
-- The domain is unique case-insensitively (SQLite: COLLATE NOCASE PRIMARY KEY).
CREATE TABLE org_domains (
    domain           TEXT NOT NULL,
    org_id           TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    is_primary       BOOLEAN NOT NULL,
    is_verified      BOOLEAN NOT NULL,
    validation_type  TEXT NOT NULL,
    created_at       BIGINT NOT NULL
);
CREATE UNIQUE INDEX org_domains_domain_folded ON org_domains (lower(domain));
CREATE INDEX org_domains_org ON org_domains (org_id, domain);

INSERT INTO org_domains (domain, org_id, is_primary, is_verified, validation_type, created_at)
SELECT primary_domain, id, TRUE, TRUE, 'unspecified', created_at FROM orgs;

CREATE FUNCTION orgs_primary_domain_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO org_domains (domain, org_id, is_primary, is_verified, validation_type, created_at)
    VALUES (NEW.primary_domain, NEW.id, TRUE, TRUE, 'unspecified', NEW.created_at);
    RETURN NEW;
END $$;
CREATE TRIGGER orgs_primary_domain_insert AFTER INSERT ON orgs
    FOR EACH ROW EXECUTE FUNCTION orgs_primary_domain_insert();

CREATE FUNCTION orgs_primary_domain_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM org_domains WHERE org_id = NEW.id AND is_primary;
    -- A verified secondary domain that becomes primary keeps its row.
    UPDATE org_domains SET is_primary = TRUE
    WHERE org_id = NEW.id AND lower(domain) = lower(NEW.primary_domain);
    INSERT INTO org_domains (domain, org_id, is_primary, is_verified, validation_type, created_at)
    SELECT NEW.primary_domain, NEW.id, TRUE, TRUE, 'unspecified', NEW.changed_at
    WHERE NOT EXISTS (
        SELECT 1 FROM org_domains
        WHERE org_id = NEW.id AND lower(domain) = lower(NEW.primary_domain));
    RETURN NEW;
END $$;
CREATE TRIGGER orgs_primary_domain_update AFTER UPDATE OF primary_domain ON orgs
    FOR EACH ROW WHEN (NEW.primary_domain <> OLD.primary_domain)
    EXECUTE FUNCTION orgs_primary_domain_update();
