import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { allowsLocal, checkSiteAddress, LOCAL_SITE } from '../../scripts/site-address.mjs';

describe('the site address (SITE_URL) as a checked setting', () => {
  it('takes a public https address, as its origin or with its path', () => {
    expect(checkSiteAddress('https://fangpian.bank.cn')).toBe('https://fangpian.bank.cn');
    expect(checkSiteAddress(' https://fangpian.bank.cn/ ')).toBe('https://fangpian.bank.cn');
    expect(checkSiteAddress('https://www.bank.cn/fangpian/')).toBe('https://www.bank.cn/fangpian/');
  });

  it.each([
    ['nothing', undefined, 'SITE_URL is not set'],
    ['this computer', 'http://localhost:4321', 'this computer'],
    ['a loopback address', 'https://127.0.0.1', 'this computer'],
    ['a hall network address', 'http://192.168.1.20:4321', 'a local network'],
    ['an example domain', 'https://example.org', 'example domain'],
    ['a test domain', 'https://site.test', 'example domain'],
    ['plain http', 'http://fangpian.bank.cn', 'https://'],
    ['not an address', 'fangpian.bank.cn', 'not an address'],
    ['another scheme', 'ftp://fangpian.bank.cn', 'https://'],
    ['a query', 'https://fangpian.bank.cn/?x=1', 'plain address'],
  ])('refuses %s for a public build, saying what to do', (_, value, reason) => {
    expect(() => checkSiteAddress(value)).toThrow(reason);
    if (value !== 'fangpian.bank.cn' && value !== 'ftp://fangpian.bank.cn' && !value?.includes('?'))
      expect(() => checkSiteAddress(value)).toThrow('--allow-local');
  });

  it('takes this computer or a hall network when asked (--allow-local), localhost by default', () => {
    expect(checkSiteAddress(undefined, { allowLocal: true })).toBe(LOCAL_SITE);
    expect(checkSiteAddress('http://192.168.1.20:4321', { allowLocal: true })).toBe(
      'http://192.168.1.20:4321',
    );
    expect(allowsLocal(['node', 'build.mjs', '--allow-local'], {})).toBe(true);
    expect(allowsLocal(['node', 'build.mjs'], { PURSE_GUARD_ALLOW_LOCAL: '1' })).toBe(true);
    expect(allowsLocal(['node', 'build.mjs'], {})).toBe(false);
  });
});

describe('a build without SITE_URL', () => {
  const env = { ...process.env, SITE_URL: '', PURSE_GUARD_ALLOW_LOCAL: '' };

  it('is refused by npm run build before any work, with what to type', () => {
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], { env, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SITE_URL is not set');
    expect(result.stderr).toContain('SITE_URL=https://your.site npm run build');
  });

  it('is refused by astro build itself, so no way round the check builds for localhost', () => {
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('SITE_URL is not set');
  }, 60_000);
});
