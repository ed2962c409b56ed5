import type { IDataObject } from 'n8n-workflow';

/**
 * The two object helpers RoutingNode takes from lodash, for the values a request is built from
 * (plain objects, arrays, primitives): `merge` (mergeOptions) and `set` (routing.send.property).
 */

/** As lodash tells it: made by `{}` or Object.create(null), in this realm or another (a vm's). */
function isPlainObject(value: unknown): value is IDataObject {
	if (Object.prototype.toString.call(value) !== '[object Object]') return false;
	const prototype = Object.getPrototypeOf(value) as object | null;
	return prototype === null || Object.getPrototypeOf(prototype) === null;
}

/** lodash's merge for plain data: deep into objects and arrays (by index), skips an undefined over a value. */
export function mergeInto(destination: IDataObject, source: IDataObject): IDataObject {
	for (const key of Object.keys(source)) {
		const value = source[key];
		const current = destination[key];
		if (Array.isArray(value)) {
			const target = Array.isArray(current) ? current : [];
			destination[key] = mergeInto(
				target as unknown as IDataObject,
				value as unknown as IDataObject,
			) as never;
		} else if (isPlainObject(value)) {
			const target = isPlainObject(current) ? current : {};
			destination[key] = mergeInto(target, value);
		} else if (value !== undefined || !(key in destination)) {
			destination[key] = value;
		}
	}
	return destination;
}

/** lodash's set: `a.b` creates `{ a: { b } }`, `a[0]` an array. */
export function setPath(target: IDataObject, path: string, value: unknown): void {
	const parts = path.split(/\.|\[(\d+)\]\.?/).filter((part) => part !== undefined && part !== '');
	let current: IDataObject = target;
	parts.forEach((part, index) => {
		if (index === parts.length - 1) {
			current[part] = value as never;
			return;
		}
		const next = current[part];
		if (next === null || typeof next !== 'object') {
			current[part] = (/^\d+$/.test(parts[index + 1]) ? [] : {}) as never;
		}
		current = current[part] as IDataObject;
	});
}
