-- Links in e-mails come from configuration: each organisation's public address (decision 012).
ALTER TABLE "organisations" ADD COLUMN "public_url" text;
--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_public_url" CHECK ("organisations"."public_url" is null or "organisations"."public_url" ~ '^https?://[a-z0-9.-]+(:[0-9]+)?$');
