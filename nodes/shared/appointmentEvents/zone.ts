import type { IPollFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isTimeZone } from '../../HighLevelCalendars/shared/input/dates';

/** The Output Time Zone picker's zone, or the workflow's when it is left empty. */
export function outputZone(context: IWebhookFunctions | IPollFunctions): string {
	const chosen = context.getNodeParameter('timeZone', '', { extractValue: true }) as unknown;
	if (chosen === '' || chosen === undefined || chosen === null) return context.getTimezone();
	const zone = String(chosen).trim();
	if (!isTimeZone(zone)) {
		throw new NodeOperationError(
			context.getNode(),
			`Output Time Zone "${zone}" is not a time zone. Use an IANA name such as America/New_York or Europe/Berlin.`,
		);
	}
	return zone;
}
