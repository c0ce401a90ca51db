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

/**
 * A country's permanent mission to an international organization, keyed by the country's code and
 * the organization's key so that every language gives the same key:
 * `Permanent Mission of Syria to the United Nations`, `البعثة الدائمة لسوريا لدى الأمم المتحدة` →
 * `org:permanent-mission-of-sy-to-united-nations` (with its host city: `…-in-geneva`).
 */
export function missionKey(country: string, organizationKey: string, hostCity?: string): string {
  return entityKey('organization', `permanent mission of ${country} to ${organizationKey.replace(/^org:/, '')}${hostCity ? ` in ${hostCity}` : ''}`);
}
