import {
	normaliseEmail,
	normalisePhone,
} from '../../../nodes/HighLevelCalendars/shared/input/contact';

describe('normaliseEmail', () => {
	it.each([
		['Ada@Example.COM', 'ada@example.com'],
		['  ada.lovelace+n8n@mail.example.co.uk ', 'ada.lovelace+n8n@mail.example.co.uk'],
		["o'brien@example.ie", "o'brien@example.ie"],
	])('keeps %j as %j', (typed, normalised) => {
		expect(normaliseEmail('Email', typed)).toBe(normalised);
	});

	it('treats blank as not given', () => {
		expect(normaliseEmail('Email', '   ')).toBeUndefined();
		expect(normaliseEmail('Email', undefined)).toBeUndefined();
		expect(normaliseEmail('Email', null)).toBeUndefined();
	});

	it.each([
		'ada',
		'ada@',
		'@example.com',
		'ada@example',
		'ada@@example.com',
		'a da@example.com',
		'ada@example.c',
		'ada@-example.com',
	])('refuses %j, naming the field', (typed) => {
		expect(() => normaliseEmail('Email', typed)).toThrow(
			`Email: "${typed}" is not an email address`,
		);
	});

	it('refuses what is not text', () => {
		expect(() => normaliseEmail('Email', 42)).toThrow('Email: is 42; expected an email address');
	});
});

describe('normalisePhone', () => {
	it.each([
		['+14155550123', '+14155550123'],
		['+1 (415) 555-0123', '+14155550123'],
		['0044 20 7946 0018', '+442079460018'],
		['+49.30.1234.5678', '+493012345678'],
		['+8613812345678', '+8613812345678'],
	])('keeps %j as %j', (typed, normalised) => {
		expect(normalisePhone('Phone', typed)).toBe(normalised);
	});

	it('treats blank as not given', () => {
		expect(normalisePhone('Phone', '')).toBeUndefined();
		expect(normalisePhone('Phone', undefined)).toBeUndefined();
	});

	it.each([
		'4155550123',
		'(415) 555-0123',
		'+1234567',
		'+1234567890123456',
		'+1 415 CALL',
		'++14155550123',
		'+1 415 555 0123 ext 4',
	])('refuses %j, naming the field', (typed) => {
		expect(() => normalisePhone('Phone', typed)).toThrow(
			`Phone: "${typed}" is not an international phone number`,
		);
	});

	it('refuses what is not text or a number', () => {
		expect(() => normalisePhone('Phone', { number: 1 })).toThrow('Phone: is an object');
	});
});
