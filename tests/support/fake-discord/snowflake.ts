/**
 * Snowflake ids shaped like Discord's (17-19 digits): @discordjs/rest derives rate-limit
 * buckets from them, so short ids would put unrelated requests in one bucket.
 */
const discordEpoch = 1_420_070_400_000n;
let increment = 0n;

export function createSnowflake(now: number = Date.now()): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(now) - discordEpoch) << 22n) | increment).toString();
}

/** A token like Discord's interaction tokens: long, url-safe, and different each time. */
export function createInteractionToken(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let token = 'aW50ZXJhY3Rpb246';
  for (let index = 0; index < 120; index += 1) {
    token += alphabet[Math.floor(Math.random() * alphabet.length)];
  }
  return token;
}
