import { requireNoteBody } from '../../nodes/HighLevelCalendars/resources/appointmentNote/hooks';

describe('requireNoteBody (NotesDTO.body: required, at most 5000 characters)', () => {
	it('accepts text of 1 to 5000 characters', () => {
		expect(() => requireNoteBody({ body: 'x' })).not.toThrow();
		expect(() => requireNoteBody({ body: 'x'.repeat(5000) })).not.toThrow();
	});

	it.each([
		[{}, 'Body: is empty; a note needs text'],
		[{ body: ' \n ' }, 'Body: is empty; a note needs text'],
		[{ body: 'x'.repeat(5001) }, 'Body: has 5001 characters; HighLevel takes at most 5000'],
	])('refuses %j', (body, message) => {
		expect(() => requireNoteBody(body)).toThrow(message);
	});
});
