/** Types for polylabel 2 (Mapbox), which ships none. */
declare module 'polylabel' {
  /**
   * The pole of inaccessibility of a polygon (outer ring first, then holes): the inside
   * point farthest from its edges, to within `precision` in the coordinates' units.
   * `distance` is that distance (0 when the polygon has no area).
   */
  export default function polylabel(
    polygon: readonly (readonly (readonly [number, number])[])[],
    precision?: number,
    debug?: boolean,
  ): [number, number] & { distance: number };
}
