/**
 * Checks the alerts (content/alerts/) as the build starts: a broken one stops it, naming the file
 * and the field, before any page is made; the build then says which alerts show and until when,
 * and which it left out because their last day has passed (also in `npm run build`'s summary).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContentData } from '../lib/content-files';
import { alertsSummary, checkedAlerts } from '../lib/alerts/alerts-from-disk';
import type { BuildReport } from './build-report';

export function alertsCheck(report: BuildReport): AstroIntegration {
  return {
    name: 'purse-guard:alerts',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const lines = alertsSummary(checkedAlerts(root, loadContentData(root)));
        for (const line of lines) logger.info(line);
        report.alerts = lines;
      },
    },
  };
}
