-- A proposal in full (issue 8 item 2): today's baseline, the affected departments, the MVP plan
-- and how long it takes, the resources it needs (money in bani of RON, staff-hours), its
-- estimated yearly benefits per metric (the projects module's metrics), KPIs, risks and tags.
ALTER TABLE "proposals" ADD COLUMN "baseline" text DEFAULT '' NOT NULL;
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "affected_department_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "mvp_plan" text DEFAULT '' NOT NULL;
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "mvp_weeks" integer;
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "cost_minor" bigint;
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "staff_hours" integer;
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "yearly_benefits" jsonb DEFAULT '{}'::jsonb NOT NULL;
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "kpis" text DEFAULT '' NOT NULL;
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "risks" text DEFAULT '' NOT NULL;
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_details_lengths" CHECK (length("proposals"."baseline") <= 5000 and length("proposals"."mvp_plan") <= 5000 and length("proposals"."kpis") <= 5000 and length("proposals"."risks") <= 5000);
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_resources" CHECK (("proposals"."mvp_weeks" is null or "proposals"."mvp_weeks" between 1 and 104) and ("proposals"."cost_minor" is null or "proposals"."cost_minor" >= 0) and ("proposals"."staff_hours" is null or "proposals"."staff_hours" >= 0));
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_yearly_benefits" CHECK (jsonb_typeof("proposals"."yearly_benefits") = 'object');
