-- The methods the approving user passed when signing in (amr, a JSON list, e.g.
-- ["pwd","otp","mfa"]), so the device's tokens carry them as an authorization code's
-- would. NULL on rows approved before this column existed and on undecided rows.
ALTER TABLE device_codes ADD COLUMN amr TEXT;
