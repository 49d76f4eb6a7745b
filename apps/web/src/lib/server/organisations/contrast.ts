/**
 * Contrast of colours as WCAG 2.x defines it: relative luminance of sRGB colours, and the ratio
 * (L1 + 0.05) / (L2 + 0.05) of the lighter to the darker. The database computes the same in
 * `branding_contrast_on_white` (migration 0270), so a colour refused here is refused there too.
 */

/** AA for normal text (1.4.3): what an accent colour must reach against the text used with it. */
export const AA_TEXT = 4.5;

/** The accent is used as link text on white and as the background of white text. */
export const PAGE_BACKGROUND = '#ffffff';

const channel = (hex: string, i: number) => {
  const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance of a `#rrggbb` colour: 0 for black, 1 for white. */
export function relativeLuminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

/** The contrast ratio of two `#rrggbb` colours, from 1 (the same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * A ratio as people read it, rounded down to two decimals: 4.4999 shows as 4.49 (refused),
 * never as 4.50 beside a message saying it is below 4.5.
 */
export const shownRatio = (ratio: number) => (Math.floor(ratio * 100) / 100).toFixed(2);
