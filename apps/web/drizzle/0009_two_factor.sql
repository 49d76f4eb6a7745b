-- Two-factor sign-in (TOTP with recovery codes), and organisations that require it of their
-- administrators (decision 017).
ALTER TABLE "users" ADD COLUMN "totp_secret_sealed" text;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_pending_sealed" text;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_enabled_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_last_step" bigint;
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_totp_enabled_has_secret" CHECK ("users"."totp_enabled_at" is null or "users"."totp_secret_sealed" is not null);
--> statement-breakpoint
CREATE TABLE "recovery_codes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recovery_codes_user_hash_unique" UNIQUE("user_id","code_hash")
);
--> statement-breakpoint
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE cascade;
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "require_admin_two_factor" boolean DEFAULT false NOT NULL;
