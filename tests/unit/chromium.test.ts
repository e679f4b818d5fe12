import { describe, expect, it } from 'vitest';
import { findChromium } from '../support/chromium';

describe('findChromium', () => {
  it("prefers CHROMIUM_PATH, then Debian's /usr/bin/chromium", () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chromium' }, () => true)).toBe('/opt/chromium');
    expect(findChromium({}, (path) => path === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
  });
  it('says what is wrong when CHROMIUM_PATH points nowhere', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, () => false)).toThrow(
      /CHROMIUM_PATH is set to "\/nope", but no file is there/,
    );
  });
  it('names the fix, and never downloads, when no Chromium exists', () => {
    expect(() => findChromium({}, () => false)).toThrow(/apt-get install -y chromium.*CHROMIUM_PATH.*never download/s);
  });
});
