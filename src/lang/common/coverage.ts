/**
 * Which characters of a text are covered by spans of which kinds, as bit flags per character.
 * Marking and asking cost the span's length, so overlap checks stay linear in the text instead of
 * comparing every candidate with every other.
 */
export class Coverage {
  private readonly bits: Uint8Array;

  constructor(length: number) {
    this.bits = new Uint8Array(length + 1);
  }

  mark(start: number, end: number, flag: number): void {
    for (let i = start; i < end; i++) this.bits[i]! |= flag;
  }

  /** Some character of [start, end) carries one of the flags. */
  any(start: number, end: number, flags: number): boolean {
    for (let i = start; i < end; i++) if (this.bits[i]! & flags) return true;
    return false;
  }

  /** Every character of [start, end) carries one of the flags. */
  all(start: number, end: number, flags: number): boolean {
    if (start >= end) return false;
    for (let i = start; i < end; i++) if (!(this.bits[i]! & flags)) return false;
    return true;
  }
}
