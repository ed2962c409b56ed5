import * as fs from 'node:fs';
import * as path from 'node:path';

import type { INodeTypeDescription } from 'n8n-workflow';

import { HighLevelCalendarsPollTrigger } from '../../nodes/HighLevelCalendarsPollTrigger/HighLevelCalendarsPollTrigger.node';
import { HighLevelCalendarsTrigger } from '../../nodes/HighLevelCalendarsTrigger/HighLevelCalendarsTrigger.node';
import { book, listen, poll, useTriggerSandbox, weekdayAt } from './helpers';

const ctx = useTriggerSandbox();
const dir = path.join(__dirname, '../../examples/triggers');
const load = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
const triggerOf = (workflow: any) =>
	workflow.nodes.find((node: any) => /highLevelCalendars(Poll)?Trigger$/.test(node.type));

function unknownParameters(parameters: Record<string, unknown>, description: INodeTypeDescription) {
	const names = new Set([
		...description.properties.map((property) => property.name),
		...(description.polling ? ['pollTimes'] : []),
	]);
	return Object.keys(parameters).filter((name) => !names.has(name));
}

describe('examples/triggers', () => {
	it('holds "on booking, notify" for each trigger, connected to a notification', () => {
		expect(fs.readdirSync(dir).sort()).toEqual([
			'on-booking-notify-poll.json',
			'on-booking-notify-webhook.json',
		]);
		for (const file of fs.readdirSync(dir)) {
			const workflow = load(file);
			const trigger = triggerOf(workflow);
			expect(trigger.parameters.events).toEqual(['appointmentBooked']);
			expect(workflow.connections[trigger.name].main[0][0].node).toBe('Notify Team');
		}
	});

	it('use only parameters the trigger nodes define', () => {
		expect(
			unknownParameters(
				triggerOf(load('on-booking-notify-webhook.json')).parameters,
				new HighLevelCalendarsTrigger().description,
			),
		).toEqual([]);
		expect(
			unknownParameters(
				triggerOf(load('on-booking-notify-poll.json')).parameters,
				new HighLevelCalendarsPollTrigger().description,
			),
		).toEqual([]);
	});

	it('the webhook example starts one execution per booking once the key is pasted', async () => {
		const { parameters } = triggerOf(load('on-booking-notify-webhook.json'));
		const trigger = await listen(ctx.sandbox, {
			...parameters,
			ed25519PublicKey: ctx.sandbox.webhooks.publicKeys.ed25519,
		});
		const booked = await book(ctx.sandbox, weekdayAt(3));
		await ctx.sandbox.webhooks.idle();
		expect(trigger.executions.map((run) => run[0].json.appointmentId)).toEqual([booked.id]);
	});

	it('the polling example reports a booking on the poll after it', async () => {
		const { parameters } = triggerOf(load('on-booking-notify-poll.json'));
		const first = await poll(ctx.sandbox, parameters);
		const booked = await book(ctx.sandbox, weekdayAt(3));
		const second = await poll(ctx.sandbox, parameters, { staticData: first.staticData });
		expect(second.json.map((item) => [item.event, item.appointmentId, item.timeZone])).toEqual([
			['appointmentBooked', booked.id, 'America/New_York'],
		]);
	});
});
