-- An organisation's branding: an accent colour that meets WCAG AA, and a raster logo.
-- Contrast per WCAG 2.x (relative luminance of sRGB) of a #rrggbb colour against white: the same
-- computation as organisations/contrast.ts, so the database refuses what the form refuses.
CREATE FUNCTION branding_contrast_on_white(colour text) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  weights double precision[] := ARRAY[0.2126, 0.7152, 0.0722];
  luminance double precision := 0;
  c double precision;
BEGIN
  FOR i IN 0..2 LOOP
    c := ('x' || substr(colour, 2 + i * 2, 2))::bit(8)::int / 255.0;
    c := CASE WHEN c <= 0.04045 THEN c / 12.92 ELSE ((c + 0.055) / 1.055) ^ 2.4 END;
    luminance := luminance + weights[i + 1] * c;
  END LOOP;
  RETURN 1.05 / (luminance + 0.05);
END;
$$;
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "accent_colour" text;
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "logo_sha256" text;
--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_accent_colour" CHECK ("accent_colour" is null or ("accent_colour" ~ '^#[0-9a-f]{6}$' and branding_contrast_on_white("accent_colour") >= 4.5));
--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_logo_sha256" CHECK ("logo_sha256" is null or "logo_sha256" ~ '^[0-9a-f]{64}$');
--> statement-breakpoint
CREATE TABLE "organisation_logos" (
  "organisation_id" uuid PRIMARY KEY NOT NULL,
  "content_type" text NOT NULL,
  "bytes" bytea NOT NULL,
  "sha256" text NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "organisation_logos_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE,
  CONSTRAINT "organisation_logos_content_type" CHECK ("content_type" in ('image/png', 'image/jpeg', 'image/webp')),
  CONSTRAINT "organisation_logos_size" CHECK (octet_length("bytes") between 1 and 262144)
);
