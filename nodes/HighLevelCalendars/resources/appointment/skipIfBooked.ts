import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { getAccount } from '../../shared/transport/account';
import { markShaped } from '../../shared/transport/errors';
import { createFailureMessage } from '../../shared/transport/outcome';
import type { Runner } from '../../shared/transport/send';
import { namingSubAccount } from '../../shared/transport/subAccount';
import { appointmentsAt } from './booked';

/**
 * Skip If Already Booked (Appointment: Create → Options): looks for an appointment of the contact at
 * the start in the calendar before booking, and returns it instead of booking it a second time. So
 * re-running a half-failed workflow, or n8n's Retry On Fail (which runs every item again), books
 * nothing twice.
 */
export const skipIfAlreadyBookedOption: INodeProperties = {
	displayName: 'Skip If Already Booked',
	name: 'skipIfAlreadyBooked',
	type: 'boolean',
	default: false,
	description:
		'Whether to return the existing appointment, marked "skipped", when this contact already has one at this start in this calendar, instead of booking again. Costs one extra read request per item (against the rate limit). Cancelled appointments do not count.',
};

/** The item of a booking that was not made because it existed: the appointment as HighLevel lists it. */
export function skippedItem(appointment: IDataObject): IDataObject {
	return { ...appointment, skipped: true, skipReason: 'alreadyBooked' };
}

/** Wraps Appointment: Create's runner: with the option on, the look-up comes first. */
export function skipIfAlreadyBooked(optionsName: string, then: Runner): Runner {
	return async function (requestData, send) {
		const on = this.getNodeParameter(`${optionsName}.skipIfAlreadyBooked`, false) === true;
		if (!on) return await then.call(this, requestData, send);
		let existing: IDataObject | undefined;
		try {
			const body = (requestData.options.body ?? {}) as IDataObject;
			existing = (await appointmentsAt(this, body)).find(
				(appointment) => appointment.appointmentStatus !== 'cancelled',
			);
		} catch (error) {
			// The look-up's own message is not used: n8n may have turned it into advice to retry.
			const code = (error as NodeApiError)?.httpCode ?? undefined;
			const status = code && /^\d{3}$/.test(code) ? Number(code) : undefined;
			const refusal = new NodeApiError(
				this.getNode(),
				{ message: 'lookup failed' },
				{
					message: createFailureMessage(
						'Skip If Already Booked could not check for an existing booking',
						status === undefined ? undefined : { status, headers: {} },
						'appointment',
						'notSent',
					),
					description:
						'Nothing was booked: the booking is sent only after the check. Turn the option off to book without it.',
					httpCode: code,
				},
			);
			// An agency item names its sub-account, before the outcome (as every error of the send pipeline).
			throw markShaped(namingSubAccount(await getAccount(this), refusal));
		}
		if (existing) return [{ json: skippedItem(existing) }];
		return await then.call(this, requestData, send);
	};
}
