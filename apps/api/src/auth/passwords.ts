import argon2 from 'argon2';

/** argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, OPTIONS);

export const verifyPassword = async (hash: string, password: string): Promise<boolean> => {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
};

let dummy: Promise<string> | undefined;

/** Spend the time a real check would, so a missing username cannot be told from a wrong password. */
export const burnPasswordCheck = async (password: string): Promise<void> => {
  dummy ??= hashPassword('scrutineer-timing-equaliser');
  await verifyPassword(await dummy, password);
};
