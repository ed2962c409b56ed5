import type { INodeProperties } from 'n8n-workflow';

export const HIGHLEVEL_API_BASE_URL = 'https://services.leadconnectorhq.com';

/**
 * Hidden in the editor and always the real API for users. Tooling that creates credentials from JSON
 * (the local sandbox, the demo, the end-to-end runs) sets it, so the node needs no test-only code path.
 */
export const apiBaseUrlProperty: INodeProperties = {
	displayName: 'API Base URL',
	name: 'baseUrl',
	type: 'hidden',
	default: HIGHLEVEL_API_BASE_URL,
};
