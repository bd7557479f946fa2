import { describe, expect, it } from 'vitest';
import { RequestGate } from './request-gate.ts';

describe('RequestGate', () => {
	it('pauses only after the requests inside have left, and holds new ones until resumed', async () => {
		const gate = new RequestGate();
		const events: string[] = [];
		const leaveFirst = await gate.enter();
		const paused = gate.pause().then(() => events.push('paused'));
		await Promise.resolve();
		expect(events).toEqual([]);
		const second = gate.enter().then((leave) => {
			events.push('second in');
			leave();
		});
		leaveFirst();
		await paused;
		expect(events).toEqual(['paused']);
		gate.resume();
		await second;
		expect(events).toEqual(['paused', 'second in']);
	});

	it('pauses at once when idle, and a request that leaves twice counts once', async () => {
		const gate = new RequestGate();
		const leave = await gate.enter();
		leave();
		leave();
		await gate.pause();
		gate.resume();
		const again = await gate.enter();
		again();
	});
});
