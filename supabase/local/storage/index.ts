import type { HandlerContext, ServiceHandler } from '../handler.ts';
import { sendJson } from '../handler.ts';

export function createStorageHandler(_ctx: HandlerContext): ServiceHandler {
	return async (_req, res) => sendJson(res, 404, { statusCode: '404', error: 'not_found', message: 'not implemented yet' });
}
