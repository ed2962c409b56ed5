import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { type PreSend, guarded } from '../transport/send';
import { toInputError } from './fields';

export type { PreSend };

/**
 * A preSend hook whose input problems (FieldError) become the user's error naming the field, before any
 * request: thrown, or held for the send pipeline under Continue On Fail (see guarded in send.ts).
 */
export function hook(run: PreSend): PreSend {
	return guarded(run, toInputError);
}

/** The request body as an object (the routing engine starts every request with `{}`). */
export function bodyOf(options: IHttpRequestOptions): IDataObject {
	if (!options.body || typeof options.body !== 'object') options.body = {};
	return options.body as IDataObject;
}
