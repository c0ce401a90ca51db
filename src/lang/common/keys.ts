import type { EntityType } from '../../core/types.js';

const PREFIX: Record<EntityType, string> = { person: 'person', place: 'place', organization: 'org' };

/** `Bashar al-Assad` → `bashar-al-assad`: lower-case ASCII letters and digits joined by `-`. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`ʿʾ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function countryKey(alpha2: string): string {
  return `place:${alpha2.toUpperCase()}`;
}

/** The stable cross-document key of an entity from its canonical English (or romanized) name. */
export function entityKey(type: EntityType, canonicalName: string): string {
  const s = slug(canonicalName);
  return `${PREFIX[type]}:${s || 'unnamed'}`;
}
