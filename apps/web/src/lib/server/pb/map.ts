/**
 * A map of the located projects, drawn by the server as tiles and numbered markers positioned
 * in percent of a fixed-ratio frame (decision 062): no script, no request to another host (the
 * tiles come through /map/tiles), and the list beside it says the same.
 */
export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 400;
const TILE = 256;
/** The closest zoom a map is drawn at (the tile route serves no closer). */
export const MAX_ZOOM = 17;
/** Room around the outermost markers, in pixels at the chosen zoom. */
const MARGIN = 40;

export interface Located {
  number: number;
  latitude: number;
  longitude: number;
}

/** Web Mercator: world pixel coordinates of a point at a zoom level. */
export function worldPixel(lat: number, lon: number, zoom: number) {
  const size = TILE * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return {
    x: ((lon + 180) / 360) * size,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size,
  };
}

/** The largest zoom at which every point fits the frame with its margin. */
function fittingZoom(points: Located[]) {
  for (let z = MAX_ZOOM; z > 0; z--) {
    const px = points.map((p) => worldPixel(p.latitude, p.longitude, z));
    const w = Math.max(...px.map((p) => p.x)) - Math.min(...px.map((p) => p.x));
    const h = Math.max(...px.map((p) => p.y)) - Math.min(...px.map((p) => p.y));
    if (w <= MAP_WIDTH - 2 * MARGIN && h <= MAP_HEIGHT - 2 * MARGIN) return z;
  }
  return 0;
}

const pct = (v: number, of: number) => Math.round((v / of) * 10_000) / 100;

/** Tiles (z/x/y and their place) and markers (number and place), in percent of the frame. */
export function projectMap(points: Located[]) {
  if (!points.length) return null;
  const zoom = fittingZoom(points);
  const px = points.map((p) => ({
    number: p.number,
    ...worldPixel(p.latitude, p.longitude, zoom),
  }));
  const cx = (Math.max(...px.map((p) => p.x)) + Math.min(...px.map((p) => p.x))) / 2;
  const cy = (Math.max(...px.map((p) => p.y)) + Math.min(...px.map((p) => p.y))) / 2;
  const left = cx - MAP_WIDTH / 2;
  const top = cy - MAP_HEIGHT / 2;
  const count = 2 ** zoom;
  const tiles = [];
  for (let ty = Math.floor(top / TILE); ty * TILE < top + MAP_HEIGHT; ty++) {
    if (ty < 0 || ty >= count) continue;
    for (let tx = Math.floor(left / TILE); tx * TILE < left + MAP_WIDTH; tx++) {
      tiles.push({
        src: `/map/tiles/${zoom}/${((tx % count) + count) % count}/${ty}`,
        left: pct(tx * TILE - left, MAP_WIDTH),
        top: pct(ty * TILE - top, MAP_HEIGHT),
      });
    }
  }
  const markers = px.map((p) => ({
    number: p.number,
    left: pct(p.x - left, MAP_WIDTH),
    top: pct(p.y - top, MAP_HEIGHT),
  }));
  return {
    zoom,
    tiles,
    markers,
    tileWidth: pct(TILE, MAP_WIDTH),
    tileHeight: pct(TILE, MAP_HEIGHT),
  };
}
