import { describe, expect, it } from 'vitest';
import { inlineHash } from '../../src/lib/csp';
import { metaPolicy, recordPagePolicy, recordedPagePolicies, withOwnPolicy } from '../../src/lib/page-policy';
import { unrecordedPages } from '../../src/integrations/security-headers';

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;

describe('each page’s policy, trimmed as it is rendered', () => {
  it('keeps the hashes of the page’s own inline scripts and drops the others, quotes written out', async () => {
    const own = await inlineHash('prefs()');
    const written = `default-src &#39;self&#39;; script-src &#39;self&#39; &#39;${own}&#39; &#39;sha256-search=&#39;`;
    const { html, policy } = await withOwnPolicy(page(written, '<script>prefs()</script>'));
    expect(policy).toBe(`default-src 'self'; script-src 'self' '${own}'`);
    expect(metaPolicy(html)).toBe(policy);
    expect(html).toContain('<script>prefs()</script>');
  });

  it('leaves a page with nothing to drop, and one without a policy, exactly as they were', async () => {
    const own = await inlineHash('prefs()');
    const untouched = page(`script-src &#39;self&#39; &#39;${own}&#39;`, '<script>prefs()</script>');
    expect((await withOwnPolicy(untouched)).html).toBe(untouched);
    expect(await withOwnPolicy('<p>no head</p>')).toEqual({ html: '<p>no head</p>' });
  });

  it('records the policies by page for the headers, and names the pages it has none for', () => {
    recordPagePolicy('/lessons/a/', "default-src 'self'");
    expect(recordedPagePolicies().get('/lessons/a/')).toBe("default-src 'self'");
    expect(unrecordedPages(['lessons/a/', 'lessons/b/'], recordedPagePolicies())).toEqual(['lessons/b/']);
  });
});
