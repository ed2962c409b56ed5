import type { Sandbox } from './node';

/**
 * One resource's part of the routing table (`test/<resource>/routing.ts`): every operation of the
 * resource, the HighLevel operation it calls, and the fewest parameters that run it against the
 * sandbox. `test/routing.test.ts` reads every such file, so a new resource adds its own file only.
 */
export interface RoutingRow {
	operation: string;
	method: string;
	/** The path template as the spec writes it. */
	path: string;
	/** The query keys sent by the minimal run, sorted. */
	query: string[];
	version: string;
}

export interface ResourceRouting {
	resource: string;
	rows: RoutingRow[];
	/** The fewest parameters `operation` needs, with IDs that exist in the sandbox (made if need be). */
	minimal(operation: string, ctx: { sandbox: Sandbox }): Promise<Record<string, unknown>>;
}

/** A row in the order the table reads: operation, method, path, query keys, Version. */
export const row = (
	operation: string,
	method: string,
	path: string,
	query: string[] = [],
	version = '2021-04-15',
): RoutingRow => ({ operation, method, path, query, version });
