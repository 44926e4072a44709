/**
 * The build's version: names the offline cache, so a new build replaces the old one.
 * BUILD_VERSION may be set; otherwise the build's start time.
 */
export function buildVersion(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env['BUILD_VERSION']?.trim();
  if (fromEnv && /^[\w.-]{1,40}$/.test(fromEnv)) return fromEnv;
  return new Date().toISOString().replace(/\D/g, '').slice(0, 14);
}
