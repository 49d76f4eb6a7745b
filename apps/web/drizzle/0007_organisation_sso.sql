-- Single sign-on configured per organisation, its client secret sealed with SECRET_KEY (decision 013).
CREATE TABLE "organisation_sso" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"issuer" text NOT NULL,
	"client_id" text NOT NULL,
	"client_secret_sealed" text NOT NULL,
	"role" text DEFAULT 'employee' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_sso_role" CHECK ("organisation_sso"."role" in ('employee', 'participant')),
	CONSTRAINT "organisation_sso_issuer" CHECK ("organisation_sso"."issuer" ~ '^https?://')
);
--> statement-breakpoint
ALTER TABLE "organisation_sso" ADD CONSTRAINT "organisation_sso_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE cascade;
