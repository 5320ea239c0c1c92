import { IdentityCipher } from '@scrutineer/platform';

/** What a complainant may tell about themselves; all optional (anonymous filing is the default). */
export interface ComplainantIdentity {
  name: string | null;
  phone: string | null;
  idNumber: string | null;
  address: string | null;
}

/** The case id is the sealed value's associated data: copied to another case, it does not open. */
export const sealIdentity = (cipher: IdentityCipher, caseId: string, identity: ComplainantIdentity): string =>
  cipher.encrypt(identity, `case:${caseId}`);

export const openIdentity = (cipher: IdentityCipher, caseId: string, sealed: string): ComplainantIdentity =>
  cipher.decrypt(sealed, `case:${caseId}`) as ComplainantIdentity;

/** Empty identity fields count as not given. */
export function identityGiven(identity: Partial<ComplainantIdentity> | undefined): ComplainantIdentity | null {
  if (!identity) return null;
  const clean = (v: string | null | undefined) => (v && v.trim().length > 0 ? v.trim() : null);
  const given = {
    name: clean(identity.name),
    phone: clean(identity.phone),
    idNumber: clean(identity.idNumber),
    address: clean(identity.address),
  };
  return Object.values(given).some((v) => v !== null) ? given : null;
}
