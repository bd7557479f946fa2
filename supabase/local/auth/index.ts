import type { HandlerContext, ServiceHandler } from '../handler.ts';
import { sendJson } from '../handler.ts';

export function createAuthHandler(_ctx: HandlerContext): ServiceHandler {
	return async (_req, res) => sendJson(res, 404, { code: 404, error_code: 'not_found', msg: 'not implemented yet' });
}
