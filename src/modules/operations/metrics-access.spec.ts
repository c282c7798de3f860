import { metricsAccess } from './metrics-access';

const TOKEN = 'a-scrape-token-of-at-least-32-characters';

describe('metricsAccess', () => {
  it('with a token: only that bearer token is allowed, in production or not', () => {
    for (const production of [false, true]) {
      const access = metricsAccess({ metricsToken: TOKEN, production });
      expect(access(`Bearer ${TOKEN}`)).toBe('allowed');
      for (const header of [undefined, '', TOKEN, `bearer ${TOKEN}`, `Bearer ${TOKEN} `, `Bearer ${TOKEN.slice(1)}`, 'Bearer ']) {
        expect(access(header)).toBe('unauthorized');
      }
    }
  });

  it('without a token: open outside production, off in production', () => {
    expect(metricsAccess({ metricsToken: undefined, production: false })(undefined)).toBe('allowed');
    expect(metricsAccess({ metricsToken: undefined, production: true })(`Bearer ${TOKEN}`)).toBe('off');
  });
});
