import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A running OpenID Connect provider (oidc-provider, its development login and consent forms) on a free port. */
export interface TestProvider {
  issuer: string;
  close(): Promise<void>;
}

/**
 * The province's provider as the tests see it: one confidential client `cchc` whose only redirect is `redirect`,
 * PKCE required, and `people` (`sub` → e-mail, verified) as its users. Any password logs a `sub` in.
 */
export async function startOidcProvider(redirect: string, people: Record<string, string>): Promise<TestProvider> {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'cchc',
        client_secret: 'bi-mat-cua-cchc',
        redirect_uris: [redirect],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    // PKCE for every client, confidential ones too: the flow under test must carry it.
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, email: people[sub], email_verified: true }),
    }),
    cookies: { keys: ['khoa-thu-nghiem'] },
    features: { devInteractions: { enabled: true } },
  });
  server.on('request', provider.callback());
  return { issuer, close: () => new Promise<void>((r) => server.close(() => r())) };
}
