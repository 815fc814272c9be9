import { capabilitiesOf } from '@cchc/domain';
import type { AuthContext } from '../../http/policy.js';
import type { UserProfile } from '../org/index.js';
import type { MeResponse } from './schemas.js';

export function presentMe(auth: AuthContext, profile: UserProfile): MeResponse {
  return {
    user: {
      id: auth.userId,
      username: auth.username,
      fullName: auth.fullName,
      roles: auth.roles,
      unit: profile.unit,
    },
    tenant: profile.tenant,
    capabilities: capabilitiesOf(auth.roles),
    csrfToken: auth.csrfToken,
    mustChangePassword: auth.mustChangePassword ?? false,
  };
}
