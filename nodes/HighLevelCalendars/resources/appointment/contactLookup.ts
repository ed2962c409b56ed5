import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { ENDPOINTS } from '../../endpoints';
import { contactEmailParameter, contactPhoneParameter } from '../../shared/descriptions';
import { normaliseEmail, normalisePhone } from '../../shared/input/contact';
import { FieldError } from '../../shared/input/fields';
import { type PreSend, bodyOf, hook } from '../../shared/input/hook';
import { readId } from '../../shared/input/ids';
import { getAccount } from '../../shared/transport/account';
import { createFailureMessage } from '../../shared/transport/outcome';
import { createdSince, sendOrRecover } from '../../shared/transport/recover';
import type { Runner } from '../../shared/transport/send';
import { apiRequest } from '../../shared/transport/transport';

/**
 * Appointment: Create's contact, by ID (the picker) or by email / phone: the sub-account's contact is
 * found with GET /contacts/search/duplicate and, if none exists and the user allows it, created with
 * POST /contacts/upsert. The booking request itself stays routed; this fills its `contactId` and tells
 * the output which contact was used (`contact`, see BookingContact).
 */

export const contactByParameter: INodeProperties = {
	displayName: 'Contact By',
	name: 'contactBy',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'ID, List or URL',
			value: 'id',
			description: 'Book for a contact picked from the list, by URL or by ID',
		},
		{
			name: 'Email or Phone',
			value: 'emailOrPhone',
			description:
				"Find the sub-account's contact by email or phone number (email first), and create it if none exists",
		},
	],
	default: 'id',
};

const emailParameter = contactEmailParameter({ contactBy: ['emailOrPhone'] });
const phoneParameter = contactPhoneParameter({ contactBy: ['emailOrPhone'] });

export const createContactParameter: INodeProperties = {
	displayName: 'Create Contact If None Found',
	name: 'createContact',
	type: 'boolean',
	default: true,
	description:
		'Whether to create the contact from the name, email and phone when no contact has the email or phone. Off: the item fails instead.',
	displayOptions: { show: { contactBy: ['emailOrPhone'] } },
};

const NAME_FIELDS = ['firstName', 'lastName', 'name'] as const;

export const newContactParameter: INodeProperties = {
	displayName: 'New Contact',
	name: 'newContact',
	type: 'collection',
	placeholder: 'Add Name',
	default: {},
	description: 'Name of the contact, used only when it is created',
	displayOptions: { show: { contactBy: ['emailOrPhone'], createContact: [true] } },
	options: [
		{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
		{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
		{
			displayName: 'Full Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Full name, when first and last name are not given separately',
		},
	],
};

/** The parameters of the contact, in display order (the Contact picker among them). */
export function bookingContactParameters(contactId: INodeProperties): INodeProperties[] {
	return [
		contactByParameter,
		contactId,
		emailParameter,
		phoneParameter,
		createContactParameter,
		newContactParameter,
	];
}

/**
 * What the output's `contact` says: the contact booked (`id`, also the appointment's `contactId`);
 * `created` when this item's request created it; `matchedBy` what found it (`null` when created);
 * `phoneMatchedContactId` when the phone names another contact than the email (the email wins);
 * `createdByItem` when another item of the run created it for the same email / phone; `recovered` (and
 * `recoveredAfter`) when the create's outcome was unknown and the searches found it afterwards.
 */
export interface BookingContact {
	id: string;
	created: boolean;
	matchedBy: 'email' | 'phone' | null;
	phoneMatchedContactId?: string;
	createdByItem?: number;
	recovered?: true;
	recoveredAfter?: string;
}

interface ContactInput {
	email?: string;
	phone?: string;
	create: boolean;
	names: IDataObject;
}

/** Reads and checks the email / phone input of one item (FieldError naming the field). */
export function readContactInput(
	context: Pick<IExecuteSingleFunctions, 'getNodeParameter'>,
): ContactInput {
	const email = normaliseEmail(emailParameter.displayName, context.getNodeParameter('email', ''));
	const phone = normalisePhone(phoneParameter.displayName, context.getNodeParameter('phone', ''));
	if (!email && !phone) {
		throw new FieldError(
			'Email',
			'and Phone are both empty; give at least one to find the contact',
		);
	}
	const create = context.getNodeParameter('createContact', true) !== false;
	const given = (create ? context.getNodeParameter('newContact', {}) : {}) as IDataObject;
	const names: IDataObject = {};
	for (const field of NAME_FIELDS) {
		const value = given[field];
		if (typeof value === 'string' && value.trim()) names[field] = value.trim();
	}
	return { email, phone, create, names };
}

const byEmailOrPhone = (context: Pick<IExecuteSingleFunctions, 'getNodeParameter'>) =>
	context.getNodeParameter('contactBy', 'id') === 'emailOrPhone';

/**
 * First hook of Create: bad email or phone input fails the item before any request (the look-up
 * itself runs last, after the booking's own fields are checked, so that no contact is created for a
 * booking that is then refused).
 */
export const checkContactInput: PreSend = hook(async function (options) {
	if (byEmailOrPhone(this)) readContactInput(this);
	return options;
});

async function findDuplicate(
	context: IExecuteSingleFunctions,
	locationId: string,
	key: { email: string } | { number: string },
): Promise<IDataObject | undefined> {
	// The spec documents a bare 200; HighLevel answers { contact } (null when none matches).
	const answer = await apiRequest<{ contact?: IDataObject | null }>(
		context,
		ENDPOINTS.getDuplicateContact,
		{ qs: { locationId, ...key } },
	);
	const id = answer?.contact?.id;
	return typeof id === 'string' && id ? answer.contact! : undefined;
}

interface Found {
	contact: BookingContact;
	/** The contact as the search answered it (its dateAdded tells a recovered create from an older one). */
	found: IDataObject;
}

/** The contact the email, else the phone, finds (both searched at once). */
async function search(
	context: IExecuteSingleFunctions,
	locationId: string,
	input: ContactInput,
): Promise<Found | undefined> {
	const [byEmail, byPhone] = await Promise.all([
		input.email ? findDuplicate(context, locationId, { email: input.email }) : undefined,
		input.phone ? findDuplicate(context, locationId, { number: input.phone }) : undefined,
	]);
	if (byEmail) {
		const id = byEmail.id as string;
		const phoneId = byPhone?.id as string | undefined;
		return {
			found: byEmail,
			contact: {
				id,
				created: false,
				matchedBy: 'email',
				...(phoneId && phoneId !== id ? { phoneMatchedContactId: phoneId } : {}),
			},
		};
	}
	if (byPhone) {
		return {
			found: byPhone,
			contact: { id: byPhone.id as string, created: false, matchedBy: 'phone' },
		};
	}
	return undefined;
}

async function lookUpOrCreate(
	context: IExecuteSingleFunctions,
	input: ContactInput,
): Promise<BookingContact> {
	const { locationId } = await getAccount(context);
	const existing = await search(context, locationId, input);
	if (existing) return existing.contact;
	if (!input.create) {
		const named = [input.email && `email ${input.email}`, input.phone && `phone ${input.phone}`]
			.filter(Boolean)
			.join(' or ');
		throw new NodeOperationError(
			context.getNode(),
			`No contact with ${named} in this sub-account, and Create Contact If None Found is off`,
			{
				itemIndex: context.getItemIndex(),
				description:
					'Turn on "Create Contact If None Found" to create it, or book by ID. Nothing was booked.',
			},
		);
	}
	const body = {
		locationId,
		...input.names,
		...(input.email ? { email: input.email } : {}),
		...(input.phone ? { phone: input.phone } : {}),
	};
	// After an unclear failure of the upsert, the same searches tell whether it happened: found, it is
	// the contact to book for (an upsert would have matched it too); none, the upsert is sent once more.
	return await sendOrRecover<BookingContact, Found & { sentAt: number }>(
		async () => await upsert(context, body),
		async (sentAt) => {
			const found = await search(context, locationId, input);
			return found && { ...found, sentAt };
		},
		({ contact, found, sentAt }, after) => ({
			...contact,
			// Dated since the upsert left: it made the contact; older: it existed (HighLevel matched it).
			created: createdSince(found, sentAt) === true,
			recovered: true,
			recoveredAfter: after,
		}),
	);
}

async function upsert(
	context: IExecuteSingleFunctions,
	body: IDataObject,
): Promise<BookingContact> {
	const answer = await apiRequest<{ new?: boolean; contact?: IDataObject }>(
		context,
		ENDPOINTS.upsertContact,
		{ body },
	);
	const id = answer?.contact?.id;
	if (typeof id !== 'string' || !id) {
		throw new NodeOperationError(context.getNode(), 'HighLevel created no contact to book for', {
			itemIndex: context.getItemIndex(),
			description: 'Its answer to POST /contacts/upsert had no contact ID. Nothing was booked.',
		});
	}
	// `new: false`: the upsert found a contact the searches did not (HighLevel's own duplicate rule).
	return { id, created: answer.new !== false, matchedBy: null };
}

// Items of one run start at once (n8n prepares them all, then sends): those naming the same person
// share one look-up (and one create), and a look-up that shares an email or a phone with one in flight
// waits for it, so that it finds the contact just created. Keyed by execution, credential and
// sub-account; entries leave when settled.
const inFlight = new Map<string, Promise<{ contact: BookingContact; itemIndex: number }>>();
const tails = new Map<string, Promise<unknown>>();

async function resolveShared(
	context: IExecuteSingleFunctions,
	input: ContactInput,
): Promise<BookingContact> {
	const account = await getAccount(context);
	const credentialId = context.getNode().credentials?.[account.credentialType]?.id ?? '';
	const scope = [
		context.getExecutionId(),
		account.credentialType,
		credentialId,
		account.baseUrl,
		account.locationId,
	].join('|');
	const parts = [
		input.email && `${scope}|e:${input.email}`,
		input.phone && `${scope}|p:${input.phone}`,
	].filter((part): part is string => Boolean(part));
	const identity = `${parts.join('|')}|${input.create}`;
	const itemIndex = context.getItemIndex();
	let shared = inFlight.get(identity);
	if (!shared) {
		const before = parts.flatMap((part) => (tails.has(part) ? [tails.get(part)] : []));
		const run = Promise.allSettled(before).then(async () => ({
			contact: await lookUpOrCreate(context, input),
			itemIndex,
		}));
		shared = run;
		inFlight.set(identity, run);
		const settled = run.catch(() => undefined);
		for (const part of parts) tails.set(part, settled);
		void settled.then(() => {
			if (inFlight.get(identity) === run) inFlight.delete(identity);
			for (const part of parts) if (tails.get(part) === settled) tails.delete(part);
		});
	}
	const { contact, itemIndex: by } = await shared;
	if (by === itemIndex || !contact.created) return contact;
	return { id: contact.id, created: false, matchedBy: null, createdByItem: by };
}

// The contact each item was booked for, by its request options (the object the routing engine hands
// on from the preSend hooks to the send pipeline), read back by reportBookingContact.
const bookedFor = new WeakMap<object, BookingContact>();

/**
 * A failure of the contact step says that the booking was not sent, in the one bracket its message ends
 * with (a failed contact create's own outcome goes into words before it: "… (HTTP 503 after the
 * request was sent: the contact may exist) [not sent: the appointment was not created]").
 */
function bookingNotSent(error: unknown): unknown {
	if (error instanceof Error && !(error instanceof FieldError)) {
		error.message = createFailureMessage(error.message, undefined, 'appointment', 'notSent');
	}
	return error;
}

/**
 * Last hook of Create: puts the contact into the body, from the Contact picker or found / created by
 * email or phone.
 */
export function addBookingContact(contactId: INodeProperties): PreSend {
	return hook(async function (options) {
		if (!byEmailOrPhone(this)) {
			bodyOf(options).contactId = readId(this, contactId);
			return options;
		}
		const input = readContactInput(this);
		let contact: BookingContact;
		try {
			contact = await resolveShared(this, input);
		} catch (error) {
			throw bookingNotSent(error);
		}
		bookedFor.set(options, contact);
		bodyOf(options).contactId = contact.id;
		return options;
	});
}

/**
 * Create's outermost runner: a booking by email or phone says which contact it used (`contact`) on
 * every item it returns, booked, skipped as already booked or recovered after an unclear failure
 * (those two never pass the operation's postReceive hooks), with any connection.
 */
export function reportBookingContact(then: Runner): Runner {
	return async function (requestData, send) {
		const items = await then.call(this, requestData, send);
		const contact = bookedFor.get(requestData.options);
		if (!contact) return items;
		return items.map((item) => ({ ...item, json: { ...item.json, contact: { ...contact } } }));
	};
}
