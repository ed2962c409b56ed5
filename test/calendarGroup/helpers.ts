import { run, useSandbox } from '../helpers/node';

/** The sandbox of one test file and a runner of Calendar Group operations against it. */
export function calendarGroupRunner() {
	const ctx = useSandbox();
	const calendarGroup = (
		operation: string,
		parameters: Record<string, unknown> = {},
		options = {},
	) => run(ctx.sandbox, { resource: 'calendarGroup', operation, ...parameters }, options);
	return { ctx, calendarGroup };
}
