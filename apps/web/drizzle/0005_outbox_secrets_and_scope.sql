-- Mails that carry a one-time link keep a copy without it, the only one administrators read;
-- account mails belong to no organisation; old mails can be purged by date (decision 012).
ALTER TABLE "outbox_emails" ADD COLUMN "recipient_user_id" uuid;
--> statement-breakpoint
ALTER TABLE "outbox_emails" ADD CONSTRAINT "outbox_emails_recipient_user_id_users_id_fk" FOREIGN KEY ("recipient_user_id") REFERENCES "users"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "outbox_emails" ADD COLUMN "redacted_text" text;
--> statement-breakpoint
CREATE INDEX "outbox_emails_to_idx" ON "outbox_emails" (lower("to"));
--> statement-breakpoint
CREATE INDEX "outbox_emails_created_idx" ON "outbox_emails" ("created_at");
