import * as oidc from 'openid-client';
import type { OidcConfig } from '../../config-oidc.js';
import type { AuthRepository } from './repository.js';

/** What the browser carries between the start and the callback (an HttpOnly cookie): the checks of this login. */
export interface OidcFlow {
  state: string;
  nonce: string;
  verifier: string;
}

// Discovery once per configuration; a failed one is retried at the next login (the provider may have been down).
const discovered = new WeakMap<OidcConfig, Promise<oidc.Configuration>>();

function configurationOf(cfg: OidcConfig): Promise<oidc.Configuration> {
  let found = discovered.get(cfg);
  if (!found) {
    // Plain HTTP is accepted only for a provider on this machine (config-oidc.ts refuses it elsewhere).
    const execute = cfg.issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [];
    found = oidc.discovery(cfg.issuer, cfg.clientId, cfg.clientSecret, undefined, { execute });
    found.catch(() => discovered.delete(cfg));
    discovered.set(cfg, found);
  }
  return found;
}

/** Where to send the browser to log in: the authorization-code flow with PKCE (S256), a state and a nonce. */
export async function beginOidcLogin(cfg: OidcConfig): Promise<{ url: URL; flow: OidcFlow }> {
  const config = await configurationOf(cfg);
  const flow = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier() };
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: cfg.redirectUrl.href,
    scope: 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: 'S256',
    state: flow.state,
    nonce: flow.nonce,
  });
  return { url, flow };
}

/**
 * The provider's answer: the code exchanged (with the verifier), the ID token checked (signature, issuer,
 * audience, nonce), the state matched. Returns the value of the claim that names the account, or null.
 */
export async function finishOidcLogin(cfg: OidcConfig, query: string, flow: OidcFlow): Promise<string | null> {
  const config = await configurationOf(cfg);
  const current = new URL(cfg.redirectUrl.href);
  current.search = query;
  const tokens = await oidc.authorizationCodeGrant(config, current, {
    pkceCodeVerifier: flow.verifier,
    expectedState: flow.state,
    expectedNonce: flow.nonce,
    idTokenExpected: true,
  });
  const idClaims = tokens.claims();
  if (!idClaims) return null;
  // Providers may keep profile claims out of the ID token: then they come from the userinfo endpoint, for the
  // same subject.
  const claims =
    idClaims[cfg.userClaim] === undefined
      ? await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub)
      : idClaims;
  const value = claims[cfg.userClaim];
  // An e-mail the provider has not verified names nobody.
  if (cfg.userClaim === 'email' && claims.email_verified === false) return null;
  return typeof value === 'string' && value.trim() ? value : null;
}

/**
 * The one existing, active account the claim names, or null. Accounts are never created here: roles are granted
 * in cchc by an admin, so a provider's user without an account (or matching two) gets no session.
 */
export async function accountForClaim(repo: AuthRepository, cfg: OidcConfig, value: string) {
  const found = await repo.findLoginsByClaim(cfg.userClaim === 'email' ? 'email' : 'username', value);
  const [only] = found;
  return found.length === 1 && only?.active ? only : null;
}
