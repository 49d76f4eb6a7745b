/** The centres of Cluj-Napoca's neighbourhoods the demo's projects are in (WGS 84). */
const NEIGHBOURHOODS: Record<string, [number, number]> = {
  Centru: [46.77, 23.59],
  Mănăștur: [46.756, 23.556],
  Gheorgheni: [46.765, 23.62],
  Grigorescu: [46.771, 23.553],
  Iris: [46.793, 23.58],
  Mărăști: [46.78, 23.613],
  Someșeni: [46.778, 23.648],
  Zorilor: [46.756, 23.583],
  'Bună Ziua': [46.74, 23.595],
};

/**
 * A demo project's place: its neighbourhood's centre, nudged by its number so that projects in
 * one neighbourhood do not sit on one point. Unknown neighbourhoods have no coordinates.
 */
export function demoCoordinates(neighbourhood: string, i: number) {
  const centre = NEIGHBOURHOODS[neighbourhood];
  if (!centre) return {};
  const nudge = ((i % 5) - 2) * 0.0015;
  return { latitude: centre[0] + nudge, longitude: centre[1] - nudge };
}
