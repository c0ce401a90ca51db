declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  /** Jaro–Winkler similarity in [0, 1] (1 = identical). */
  export default function jaroWinklerDistance(s1: string, s2: string, options?: { dt?: number; ignoreCase?: boolean }): number;
}
