import type { AstroIntegration } from 'astro';
import { citizenSettings } from '../config/citizen';
import { unsetSettingsWarning } from '../lib/procedure/unset-settings';

/**
 * Warns once per build about citizen settings left unset (desk address, opening hours, feedback
 * address, the site’s public address), so a department does not publish without noticing.
 */
export function citizenSettingsCheck(): AstroIntegration {
	return {
		name: 'tthc:citizen-settings',
		hooks: {
			'astro:build:start': ({ logger }) => {
				const warning = unsetSettingsWarning(citizenSettings, process.env.SITE_URL);
				if (warning) logger.warn(warning);
			},
		},
	};
}
