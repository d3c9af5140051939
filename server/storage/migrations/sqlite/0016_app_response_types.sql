-- The OIDC response types an application may ask for (ZITADEL's
-- OIDCConfiguration.response_types, as OAuth names in a JSON array). Apps stored
-- before this column allowed only the code flow.
ALTER TABLE apps ADD COLUMN response_types TEXT NOT NULL DEFAULT '["code"]';
