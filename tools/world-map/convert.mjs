// Converts Natural Earth country shapes (npm world-atlas 2.0.2, countries-110m.json, TopoJSON)
// into the GeoJSON file the web application serves: app/src/main/resources/static/data/world-110m.geo.json.
// Each feature's properties.name is the ISO 3166-1 numeric code (three digits, e.g. "180"), which
// the pages map to countries; coordinates are rounded to 0.01 degree. Shapes without an ISO code
// (Kosovo, Northern Cyprus, Somaliland) are kept with an empty name; Antarctica is left out.
// Usage: see README.md beside this file.
import { readFileSync, writeFileSync } from "node:fs";
import { feature } from "topojson-client";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node convert.mjs <countries-110m.json> <output.geo.json>");
  process.exit(2);
}
const topology = JSON.parse(readFileSync(input, "utf8"));
const collection = feature(topology, topology.objects.countries);
const round = (c) => (typeof c[0] === "number" ? c.map((x) => Math.round(x * 100) / 100) : c.map(round));
// A planar map draws a ring that crosses the antimeridian (Russia, Fiji) as a line across the
// whole world: continue such rings past +/-180 degrees instead (the map is then a little wider).
const unwrapRing = (ring) => {
  let shift = 0;
  return ring.map(([lon, lat], i) => {
    if (i > 0) {
      const previous = ring[i - 1][0];
      if (lon - previous > 180) shift -= 360;
      else if (previous - lon > 180) shift += 360;
    }
    return [lon + shift, lat];
  });
};
const unwrap = (geometry) =>
  geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: geometry.coordinates.map(unwrapRing) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map((p) => p.map(unwrapRing)) };
const ANTARCTICA = "010"; // no mineral production is attributed to it; it would fill the bottom of the map
const features = collection.features
  .map((f) => ({
    type: "Feature",
    properties: { name: f.id === undefined ? "" : String(f.id).padStart(3, "0") },
    geometry: { type: f.geometry.type, coordinates: round(unwrap(f.geometry).coordinates) },
  }))
  .filter((f) => f.properties.name !== ANTARCTICA);
writeFileSync(output, JSON.stringify({ type: "FeatureCollection", features }));
console.log(`${features.length} countries written to ${output}`);
