import { createHash, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../../config/app-config';

const digest = (value: string) => createHash('sha256').update(value).digest();

export type MetricsAccess = 'allowed' | 'unauthorized' | 'off';
type MetricsSettings = Pick<AppConfig, 'metricsToken' | 'production'>;

/** Whether anyone may ever scrape: not in production without a token. Where nobody may, nothing need be recorded. */
export function metricsServed(config: MetricsSettings): boolean {
  return config.metricsToken !== undefined || !config.production;
}

/**
 * Who may scrape: Prometheus cannot sign in, so a static token (METRICS_TOKEN) guards
 * the metrics of the API and of the worker alike. Unset, the metrics are open outside
 * production and off in production.
 */
export function metricsAccess(config: MetricsSettings): (authorization: string | undefined) => MetricsAccess {
  const expected = config.metricsToken === undefined ? undefined : digest(config.metricsToken);
  return (authorization) => {
    if (!expected) return metricsServed(config) ? 'allowed' : 'off';
    const presented = authorization?.startsWith('Bearer ') ? authorization.slice(7) : '';
    // Digests of equal length, so the comparison takes the same time whatever was sent.
    return timingSafeEqual(digest(presented), expected) ? 'allowed' : 'unauthorized';
  };
}
