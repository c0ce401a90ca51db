import type { Span } from './types.js';

export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Shrinks [start, end) past whitespace and the given edge characters. */
export function trimRange(text: string, start: number, end: number, edge = /[\s"'“”«»‘’(),.;:!?\-–—&]/u): [number, number] {
  while (start < end && edge.test(text[start]!)) start++;
  while (end > start && edge.test(text[end - 1]!)) end--;
  return [start, end];
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function byPosition(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}
