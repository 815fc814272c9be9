import { describe, expect, it } from 'vitest';
import { grantRefusal, ROLE_RANK } from './grants.js';
import { ROLES } from './roles.js';

const CITY = { tenantId: 'city', tenantKind: 'city', parentId: null } as const;
const WARD = { tenantId: 'w1', tenantKind: 'ward', parentId: 'city' } as const;
const OTHER_WARD = { tenantId: 'w2', tenantKind: 'commune', parentId: 'city' } as const;
const wardAdmin = { roles: ['ward_admin'], tenantId: 'w1', tenantKind: 'ward' } as const;
const cityAdmin = { roles: ['city_admin'], tenantId: 'city', tenantKind: 'city' } as const;

describe('grantRefusal', () => {
  it('ranks every role', () => {
    for (const role of ROLES) expect(ROLE_RANK[role]).toBeGreaterThan(0);
  });

  it('refuses a ward admin a city role, in its ward or in the city', () => {
    expect(grantRefusal(wardAdmin, WARD, ['city_admin'])).toEqual({ reason: 'role_above_own', role: 'city_admin' });
    expect(grantRefusal(wardAdmin, WARD, ['city_observer'])).toEqual({
      reason: 'city_role_outside_city',
      role: 'city_observer',
    });
    expect(grantRefusal(wardAdmin, CITY, ['officer'])).toMatchObject({ reason: 'ward_role_in_city' });
  });

  it('lets a ward admin grant its own rank and below in its own ward only', () => {
    expect(grantRefusal(wardAdmin, WARD, ['ward_admin', 'officer'])).toBeNull();
    expect(grantRefusal(wardAdmin, OTHER_WARD, ['officer'])).toEqual({ reason: 'other_tenant' });
  });

  it('refuses a unit head the chairman role', () => {
    const head = { roles: ['unit_head'], tenantId: 'w1', tenantKind: 'ward' } as const;
    expect(grantRefusal(head, WARD, ['chairman'])).toEqual({ reason: 'role_above_own', role: 'chairman' });
    expect(grantRefusal(head, WARD, ['officer', 'one_stop_officer'])).toBeNull();
  });

  it('lets the city admin grant ward roles in any ward of its city, and city roles in the city', () => {
    expect(grantRefusal(cityAdmin, OTHER_WARD, ['ward_admin'])).toBeNull();
    expect(grantRefusal(cityAdmin, CITY, ['city_admin', 'city_observer'])).toBeNull();
    expect(grantRefusal(cityAdmin, OTHER_WARD, ['city_admin'])).toMatchObject({ reason: 'city_role_outside_city' });
    const foreignWard = { tenantId: 'w9', tenantKind: 'ward', parentId: 'another-city' } as const;
    expect(grantRefusal(cityAdmin, foreignWard, ['officer'])).toEqual({ reason: 'other_tenant' });
  });

  it('gives a city_admin role held inside a ward no power to grant', () => {
    const planted = { roles: ['city_admin'], tenantId: 'w1', tenantKind: 'ward' } as const;
    expect(grantRefusal(planted, WARD, ['officer'])).toEqual({ reason: 'role_above_own', role: 'officer' });
    expect(grantRefusal(planted, OTHER_WARD, ['officer'])).toMatchObject({ reason: 'role_above_own' });
  });
});
