import { describe, expect, test } from 'vitest';
import { MAP_HEIGHT, MAP_WIDTH, projectMap, worldPixel } from './map.ts';
import { demoCoordinates } from './demo-coordinates.ts';

describe("the projects' map", () => {
  test('Web Mercator: the world fits one tile at zoom 0; Cluj-Napoca lands where OSM puts it', () => {
    expect(worldPixel(0, 0, 0)).toEqual({ x: 128, y: 128 });
    // The tile the OpenStreetMap wiki's formula (lon/lat to tile numbers) gives.
    const lat = (46.77 * Math.PI) / 180;
    const osm = [
      Math.floor(((23.59 + 180) / 360) * 4096),
      Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * 4096),
    ];
    expect(osm).toEqual([2316, 1444]);
    const p = worldPixel(46.77, 23.59, 12);
    expect([Math.floor(p.x / 256), Math.floor(p.y / 256)]).toEqual(osm);
  });

  test('every marker is inside the frame, at the closest zoom that holds them all', () => {
    const places = ['Centru', 'Mănăștur', 'Someșeni', 'Iris', 'Bună Ziua'].map((n, i) => ({
      number: i + 1,
      ...(demoCoordinates(n, i) as { latitude: number; longitude: number }),
    }));
    const map = projectMap(places)!;
    expect(map.zoom).toBeGreaterThanOrEqual(12);
    for (const m of map.markers) {
      expect(m.left).toBeGreaterThan(0);
      expect(m.left).toBeLessThan(100);
      expect(m.top).toBeGreaterThan(0);
      expect(m.top).toBeLessThan(100);
    }
    // One zoom closer would not hold them: the spread exceeds the frame there.
    const a = worldPixel(46.74, 23.553, map.zoom + 1);
    const b = worldPixel(46.793, 23.648, map.zoom + 1);
    expect(Math.abs(b.x - a.x) > MAP_WIDTH - 80 || Math.abs(b.y - a.y) > MAP_HEIGHT - 80).toBe(
      true,
    );
    // The tiles cover the whole frame and point at this site only.
    expect(map.tiles.every((t) => t.src.startsWith(`/map/tiles/${map.zoom}/`))).toBe(true);
    expect(Math.min(...map.tiles.map((t) => t.left))).toBeLessThanOrEqual(0);
    expect(Math.max(...map.tiles.map((t) => t.left + map.tileWidth))).toBeGreaterThanOrEqual(100);
  });

  test('no located project, no map; a single one is shown at the closest zoom', () => {
    expect(projectMap([])).toBeNull();
    const one = projectMap([{ number: 7, latitude: 46.77, longitude: 23.59 }])!;
    expect(one.zoom).toBe(17);
    expect(one.markers).toEqual([{ number: 7, left: 50, top: 50 }]);
  });
});
