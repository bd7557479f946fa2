import { z } from 'zod';
import { email, issue } from './common';

export const signInSchema = z.object({
	email,
	password: z.string({ error: issue('password_required') }).min(1, issue('password_required'))
});

export type SignIn = z.infer<typeof signInSchema>;
