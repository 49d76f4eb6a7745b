-- Where a project is, for the public process page's map and its equivalent list (decision 062).
ALTER TABLE "pb_projects" ADD COLUMN "latitude" double precision;
--> statement-breakpoint
ALTER TABLE "pb_projects" ADD COLUMN "longitude" double precision;
--> statement-breakpoint
ALTER TABLE "pb_projects" ADD CONSTRAINT "pb_projects_coordinates" CHECK (("latitude" is null) = ("longitude" is null) and ("latitude" is null or ("latitude" between -85 and 85 and "longitude" between -180 and 180)));
