-- Organization metadata and domains (org v2 of ZITADEL 4.7+).
--
-- Every domain of an organization lives in org_domains, the primary one too, so one
-- unique key keeps a domain with a single organization. The primary domain row
-- follows orgs.primary_domain through the triggers below; a clash there aborts the
-- org insert or update with the same unique violation as a duplicate name.

CREATE TABLE org_metadata (
    org_id      TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    value       BLOB NOT NULL,
    created_at  INTEGER NOT NULL,
    changed_at  INTEGER NOT NULL,
    PRIMARY KEY (org_id, key)
);

-- validation_type: unspecified | http | dns (how the domain was verified).
CREATE TABLE org_domains (
    domain           TEXT NOT NULL COLLATE NOCASE PRIMARY KEY,
    org_id           TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    is_primary       INTEGER NOT NULL,
    is_verified      INTEGER NOT NULL,
    validation_type  TEXT NOT NULL,
    created_at       INTEGER NOT NULL
);
CREATE INDEX org_domains_org ON org_domains (org_id, domain);

INSERT INTO org_domains (domain, org_id, is_primary, is_verified, validation_type, created_at)
SELECT primary_domain, id, 1, 1, 'unspecified', created_at FROM orgs;

CREATE TRIGGER orgs_primary_domain_insert AFTER INSERT ON orgs BEGIN
    INSERT INTO org_domains (domain, org_id, is_primary, is_verified, validation_type, created_at)
    VALUES (NEW.primary_domain, NEW.id, 1, 1, 'unspecified', NEW.created_at);
END;

CREATE TRIGGER orgs_primary_domain_update AFTER UPDATE OF primary_domain ON orgs
WHEN NEW.primary_domain <> OLD.primary_domain BEGIN
    DELETE FROM org_domains WHERE org_id = NEW.id AND is_primary = 1;
    -- A verified secondary domain that becomes primary keeps its row.
    UPDATE org_domains SET is_primary = 1 WHERE org_id = NEW.id AND domain = NEW.primary_domain;
    INSERT INTO org_domains (domain, org_id, is_primary, is_verified, validation_type, created_at)
    SELECT NEW.primary_domain, NEW.id, 1, 1, 'unspecified', NEW.changed_at
    WHERE NOT EXISTS (SELECT 1 FROM org_domains WHERE org_id = NEW.id AND domain = NEW.primary_domain);
END;
